using System.Text.Json;

namespace AfterSales.Tests.Api;

/// <summary>
/// The <c>oneOf</c>s of a document whose branches can match the same value, found the obvious ways: two branches that
/// both allow null, two that allow the same type without disjoint enums, a branch that allows anything. A value that
/// matches two branches of a oneOf is refused by a validating client.
/// </summary>
public static class OneOfBranches
{
    public static IReadOnlyList<string> Overlapping(JsonElement document)
    {
        var found = new List<string>();
        Walk(document, document, "#", found);
        return found;
    }

    private static void Walk(JsonElement document, JsonElement node, string path, List<string> found)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            if (node.TryGetProperty("oneOf", out var oneOf) && oneOf.ValueKind == JsonValueKind.Array)
            {
                var branches = oneOf.EnumerateArray().Select(b => Resolve(document, b)).ToList();
                for (var i = 0; i < branches.Count; i++)
                {
                    for (var j = i + 1; j < branches.Count; j++)
                    {
                        if (Overlap(branches[i], branches[j]) is { } why)
                        {
                            found.Add($"{path}/oneOf: branches {i} and {j} {why}");
                        }
                    }
                }
            }

            foreach (var property in node.EnumerateObject())
            {
                Walk(document, property.Value, $"{path}/{property.Name}", found);
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in node.EnumerateArray())
            {
                Walk(document, item, $"{path}/{i++}", found);
            }
        }
    }

    /// <summary>Why two schemas can match the same value, or null when they cannot in any of the obvious ways.</summary>
    public static string? Overlap(JsonElement a, JsonElement b)
    {
        var (typesA, typesB) = (Types(a), Types(b));
        if (typesA is null || typesB is null)
        {
            return "can both match any value (a branch has neither a type nor an enum)";
        }

        foreach (var type in typesA)
        {
            var other = typesB.FirstOrDefault(t => t == type || (t, type) is ("integer", "number") or ("number", "integer"));
            if (other is null)
            {
                continue;
            }

            var (enumA, enumB) = (Enum(a, type), Enum(b, other));
            if (enumA is null || enumB is null || enumA.Overlaps(enumB))
            {
                return type == "null" ? "both allow null" : $"both allow the {type} values {Describe(enumA, enumB)}";
            }
        }

        return null;
    }

    private static string Describe(HashSet<string>? a, HashSet<string>? b) =>
        a is null && b is null ? "(any)" : $"[{string.Join(", ", (a ?? b!).Intersect(b ?? a!))}]";

    private static JsonElement Resolve(JsonElement document, JsonElement schema)
    {
        for (var hops = 0; hops < 32 && schema.TryGetProperty("$ref", out var reference); hops++)
        {
            var target = document;
            foreach (var part in reference.GetString()!.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                target = target.GetProperty(part.Replace("~1", "/").Replace("~0", "~"));
            }

            schema = target;
        }

        return schema;
    }

    /// <summary>The JSON types a schema allows ("null", "string", ...); null when it does not say (it allows any).</summary>
    private static HashSet<string>? Types(JsonElement schema)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return null;
        }

        if (schema.ValueKind == JsonValueKind.False)
        {
            return [];
        }

        HashSet<string>? types = schema.TryGetProperty("type", out var type)
            ? type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString()!)] : [type.GetString()!]
            : null;
        var values = schema.TryGetProperty("enum", out var e) ? e.EnumerateArray().ToList()
            : schema.TryGetProperty("const", out var c) ? [c] : null;
        if (values is null)
        {
            return types;
        }

        var ofValues = values.Select(TypeOf).ToHashSet();
        return types is null ? ofValues : [.. types.Where(t => ofValues.Contains(t) || (t == "number" && ofValues.Contains("integer")))];
    }

    /// <summary>The schema's enum values of the type, as JSON text; null when it allows every value of it.</summary>
    private static HashSet<string>? Enum(JsonElement schema, string type)
    {
        var values = schema.TryGetProperty("enum", out var e) ? e.EnumerateArray().ToList()
            : schema.TryGetProperty("const", out var c) ? [c] : null;
        return values?.Where(v => TypeOf(v) == type || (type == "number" && TypeOf(v) == "integer")).Select(v => v.GetRawText()).ToHashSet();
    }

    private static string TypeOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "null",
        JsonValueKind.String => "string",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Number => value.TryGetInt64(out _) ? "integer" : "number",
        JsonValueKind.Array => "array",
        _ => "object",
    };
}
