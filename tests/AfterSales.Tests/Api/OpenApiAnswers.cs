using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace AfterSales.Tests.Api;

/// <summary>
/// Validates an answer of the API against the schema the API document declares for it (OpenAPI 3.1 schemas are JSON
/// Schema 2020-12): the answer's schema with the document's components as <c>$defs</c>, evaluated by JsonSchema.Net.
/// </summary>
public sealed class OpenApiAnswers(JsonElement document)
{
    private const string Components = "#/components/schemas/";

    private readonly Dictionary<string, JsonSchema> _schemas = [];

    /// <summary>What is wrong with the answer by the document; empty when it is valid.</summary>
    public IReadOnlyList<string> Errors(string method, string path, int status, string mediaType, string body)
    {
        var schema = Schema(method, path, status, mediaType);
        var results = schema.Evaluate(JsonDocument.Parse(body).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid
            ? []
            : [.. (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.SchemaLocation}): {e.Key}: {e.Value}"))];
    }

    private JsonSchema Schema(string method, string path, int status, string mediaType)
    {
        var key = $"{method} {path} {status} {mediaType}";
        if (!_schemas.TryGetValue(key, out var schema))
        {
            var declared = document.GetProperty("paths").GetProperty(path).GetProperty(method.ToLowerInvariant())
                .GetProperty("responses").GetProperty(status.ToString()).GetProperty("content").GetProperty(mediaType).GetProperty("schema");
            var root = new JsonObject
            {
                ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
                ["$defs"] = JsonNode.Parse(document.GetProperty("components").GetProperty("schemas").GetRawText()),
                ["allOf"] = new JsonArray(JsonNode.Parse(declared.GetRawText())),
            };
            var text = root.ToJsonString().Replace($"\"{Components}", "\"#/$defs/", StringComparison.Ordinal);
            schema = JsonSchema.Build(JsonDocument.Parse(text).RootElement, baseUri: new Uri($"https://aftersales.test/openapi/{Guid.NewGuid():N}"));
            _schemas[key] = schema;
        }

        return schema;
    }
}
