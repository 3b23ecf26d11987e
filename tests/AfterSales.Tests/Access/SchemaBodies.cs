using System.Text.Json;
using System.Text.Json.Nodes;

namespace AfterSales.Tests.Access;

/// <summary>A valid request body from an operation's schema: every property given, within its limits.</summary>
public static class SchemaBodies
{
    /// <param name="field">A value chosen for a property by its name (the ids of the world under test), or null for the schema's.</param>
    public static JsonNode? Valid(ApiDescription api, JsonElement schema, Func<string, JsonNode?> field, int depth = 0)
    {
        schema = api.Resolve(schema);
        if (schema.TryGetProperty("enum", out var values))
        {
            return JsonValue.Create(values.EnumerateArray().First(v => v.ValueKind == JsonValueKind.String).GetString());
        }

        var type = ApiDescription.TypeOf(schema) ?? TypeOfList(schema);
        switch (type)
        {
            case "object":
                var body = new JsonObject();
                if (schema.TryGetProperty("properties", out var properties) && depth < 6)
                {
                    foreach (var property in properties.EnumerateObject())
                    {
                        body[property.Name] = field(property.Name) ?? Valid(api, property.Value, field, depth + 1);
                    }
                }

                return body;
            case "array":
                return new JsonArray();
            case "integer":
                return JsonValue.Create((int)Minimum(schema));
            case "number":
                return JsonValue.Create(Minimum(schema));
            case "boolean":
                return JsonValue.Create(false);
            default:
                var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
                return JsonValue.Create(format switch
                {
                    "date" => DateTime.UtcNow.ToString("yyyy-MM-dd"),
                    "date-time" => DateTime.UtcNow.ToString("O"),
                    _ => "x1",
                });
        }
    }

    private static double Minimum(JsonElement schema) => Math.Max(schema.TryGetProperty("minimum", out var min) ? min.GetDouble() : 1, 1);

    private static string TypeOfList(JsonElement schema) => schema.TryGetProperty("items", out _) ? "array" : "string";
}
