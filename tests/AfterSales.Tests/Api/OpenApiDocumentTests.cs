using System.Net.Http.Json;
using System.Text.Json;
using AfterSales.Dashboard.Exports;
using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Tests.Api;

/// <summary>
/// The API document says what every answer holds, files included, and no value matches two branches of a
/// <c>oneOf</c> (a validating client refuses such an answer).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiDocumentTests(ApiFixture api)
{
    private static readonly HashSet<string> JsonTypes = ["application/json", "application/problem+json"];

    [Fact]
    public async Task No_value_matches_two_branches_of_a_oneOf()
    {
        var document = await Document();

        var overlapping = OneOfBranches.Overlapping(document);

        Assert.True(overlapping.Count == 0, string.Join("\n", overlapping));
        // A ticket not yet classified has no category: null is the one branch's, a category the other's.
        var category = document.GetProperty("components").GetProperty("schemas").GetProperty("TicketView").GetProperty("properties").GetProperty("category");
        Assert.Equal(2, category.GetProperty("oneOf").GetArrayLength());
    }

    [Theory]
    [InlineData("""{"oneOf":[{"type":"null"},{"enum":["Breakdown","Consultation",null]}]}""", "both allow null")]
    [InlineData("""{"oneOf":[{"type":["null","string"]},{"type":"string","enum":["A"]}]}""", "both allow the string values")]
    [InlineData("""{"oneOf":[{"type":"integer"},{"type":"number"}]}""", "both allow the integer values")]
    [InlineData("""{"oneOf":[{"type":"null"},{"properties":{"a":{}}}]}""", "can both match any value")]
    [InlineData("""{"oneOf":[{"type":"string","enum":["A","B"]},{"enum":["B","C"]}]}""", "both allow the string values [\"B\"]")]
    public void The_check_finds_branches_that_match_the_same_value(string schema, string why)
    {
        var found = OneOfBranches.Overlapping(JsonDocument.Parse(schema).RootElement);

        Assert.Contains(found, f => f.Contains(why, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"oneOf":[{"type":"null"},{"$ref":"#/defs/Category"}],"defs":{"Category":{"type":"string","enum":["Breakdown"]}}}""")]
    [InlineData("""{"oneOf":[{"type":"string","enum":["A","B"]},{"type":"string","enum":["C"]},{"type":"object"}]}""")]
    [InlineData("""{"oneOf":[{"type":"null"},{"type":["integer","string"]}]}""")]
    public void The_check_passes_disjoint_branches(string schema)
    {
        Assert.Empty(OneOfBranches.Overlapping(JsonDocument.Parse(schema).RootElement));
    }

    [Fact]
    public async Task Every_answer_declares_its_content_files_as_binary_strings()
    {
        var document = await Document();
        var undeclared = new List<string>();
        foreach (var (operation, status, response) in Responses(document))
        {
            if (!response.TryGetProperty("content", out var content) || !content.EnumerateObject().Any())
            {
                undeclared.Add($"{operation} {status}: no content");
                continue;
            }

            foreach (var media in content.EnumerateObject())
            {
                if (!media.Value.TryGetProperty("schema", out var schema))
                {
                    undeclared.Add($"{operation} {status} {media.Name}: no schema");
                }
                else if (!JsonTypes.Contains(media.Name) && !(Is(schema, "type", "string") && Is(schema, "format", "binary")))
                {
                    undeclared.Add($"{operation} {status} {media.Name}: not a binary string");
                }
            }
        }

        undeclared.AddRange(Operations(document)
            .Where(o => !o.Value.GetProperty("responses").EnumerateObject().Any(r => r.Name.StartsWith('2')))
            .Select(o => $"{o.Operation}: no answer but problems"));
        Assert.True(undeclared.Count == 0, string.Join("\n", undeclared));
        Assert.Equal(["application/pdf"], Answers(document, "getServiceReportPdf"));
        Assert.Equal(["application/pdf"], Answers(document, "getCommissioningPdf"));
        Assert.Equal(["image/jpeg"], Answers(document, "getAttachmentThumbnail"));
        Assert.Equal(["application/pdf", "image/jpeg", "image/png", "image/webp"], Answers(document, "getAttachment").Order());
        foreach (var export in new[] { "listTickets", "responseTimes", "satisfaction" })
        {
            Assert.Equal([Export.XlsxType], Answers(document, $"{export}Xlsx"));
            Assert.Equal([Export.CsvType], Answers(document, $"{export}Csv"));
        }
    }

    [Fact]
    public async Task Parameters_are_named_as_clients_send_them_and_a_command_body_is_required_and_not_null()
    {
        var document = await Document();
        var wrong = new List<string>();
        foreach (var (operation, value) in Operations(document))
        {
            foreach (var parameter in value.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateArray() : [])
            {
                var name = parameter.GetProperty("name").GetString()!;
                if (parameter.GetProperty("in").GetString() is "query" or "path" && !char.IsLower(name[0]))
                {
                    wrong.Add($"{operation}: parameter {name} is not camelCase");
                }
            }

            // The arrival's body is optional by contract: clients that send none keep working (R-MCH-3 adds {hours?}).
            if (value.TryGetProperty("requestBody", out var body) && operation != "POST /api/tickets/{id}/arrival")
            {
                if (!(body.TryGetProperty("required", out var required) && required.GetBoolean()))
                {
                    wrong.Add($"{operation}: the body is not required");
                }

                if (body.GetProperty("content").TryGetProperty("application/json", out var json) && AllowsNull(json.GetProperty("schema")))
                {
                    wrong.Add($"{operation}: the body may be null");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        var satisfaction = Operations(document).Single(o => o.Operation == "GET /api/reports/satisfaction").Value;
        Assert.Equal(
            ["from", "to", "region", "stationId", "engineerId", "productLine", "bucket", "groupBy"],
            satisfaction.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
    }

    private static bool AllowsNull(JsonElement schema) =>
        (schema.TryGetProperty("type", out var type) && (type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Any(t => t.GetString() == "null") : type.GetString() == "null"))
        || (schema.TryGetProperty("oneOf", out var oneOf) && oneOf.EnumerateArray().Any(AllowsNull))
        || (schema.TryGetProperty("anyOf", out var anyOf) && anyOf.EnumerateArray().Any(AllowsNull));

    private static IEnumerable<(string Operation, JsonElement Value)> Operations(JsonElement document) =>
        from path in document.GetProperty("paths").EnumerateObject()
        from operation in path.Value.EnumerateObject()
        where operation.Name is "get" or "put" or "post" or "delete" or "patch"
        select ($"{operation.Name.ToUpperInvariant()} {path.Name}", operation.Value);

    private async Task<JsonElement> Document() =>
        await api.As(Role.ServiceManager, "manager-wang").GetFromJsonAsync<JsonElement>("/openapi/v1.json");

    private static IEnumerable<(string Operation, string Status, JsonElement Response)> Responses(JsonElement document) =>
        from path in document.GetProperty("paths").EnumerateObject()
        from operation in path.Value.EnumerateObject()
        where operation.Value.ValueKind == JsonValueKind.Object && operation.Value.TryGetProperty("responses", out _)
        from response in operation.Value.GetProperty("responses").EnumerateObject()
        select ($"{operation.Name.ToUpperInvariant()} {path.Name}", response.Name, response.Value);

    /// <summary>The media types of an operation's 200 answer.</summary>
    private static IReadOnlyList<string> Answers(JsonElement document, string operationId) =>
    [
        .. (from path in document.GetProperty("paths").EnumerateObject()
            from operation in path.Value.EnumerateObject()
            where operation.Value.TryGetProperty("operationId", out var id) && id.GetString() == operationId
            select operation.Value).Single()
            .GetProperty("responses").GetProperty("200").GetProperty("content").EnumerateObject().Select(m => m.Name),
    ];

    private static bool Is(JsonElement schema, string keyword, string value) =>
        schema.TryGetProperty(keyword, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() == value;
}
