using System.Net.Http.Json;
using System.Text.Json;

namespace AfterSales.Tests.Access;

/// <summary>One operation of the published API document.</summary>
public sealed record ApiOperation(string Method, string Path, JsonElement? Body)
{
    public string Key => $"{Method} {Path}";

    public bool Changes => Method != "GET";
}

/// <summary>The API document as clients read it: its operations and their request schemas.</summary>
public sealed class ApiDescription(JsonElement root)
{
    public static async Task<ApiDescription> Load(HttpClient client) =>
        new(await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json"));

    public IEnumerable<ApiOperation> Operations =>
        from path in root.GetProperty("paths").EnumerateObject()
        from operation in path.Value.EnumerateObject()
        select new ApiOperation(
            operation.Name.ToUpperInvariant(),
            path.Name,
            operation.Value.TryGetProperty("requestBody", out var body) ? Schema(body.GetProperty("content")) : null);

    /// <summary>The JSON body's schema; for an upload (multipart/form-data), its form's.</summary>
    private static JsonElement? Schema(JsonElement content) =>
        content.TryGetProperty("application/json", out var json) ? json.GetProperty("schema")
        : content.TryGetProperty("multipart/form-data", out var form) ? form.GetProperty("schema") : null;

    /// <summary>The schema itself: a <c>$ref</c> followed, a "null or X" reduced to X.</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        while (true)
        {
            if (schema.TryGetProperty("$ref", out var reference))
            {
                schema = root.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
            }
            else if (schema.TryGetProperty("oneOf", out var oneOf) || schema.TryGetProperty("anyOf", out oneOf))
            {
                schema = oneOf.EnumerateArray().First(s => !IsNull(s));
            }
            else
            {
                return schema;
            }
        }
    }

    /// <summary>The schema's type other than null: "object", "string", "integer", ...; null for an enum without a type.</summary>
    public static string? TypeOf(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? (schema.TryGetProperty("properties", out _) ? "object" : null)
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t != "null" && t != "string") ?? "string"
        : type.GetString();

    private static bool IsNull(JsonElement schema) => schema.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null";
}
