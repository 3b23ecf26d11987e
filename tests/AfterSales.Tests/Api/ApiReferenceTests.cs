using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Tests.Durability;

namespace AfterSales.Tests.Api;

/// <summary>
/// docs/api.md, the API's reference in the repository, names every operation of the API document (<c>/openapi/v1.json</c>)
/// with its method, path and operation id, and no operation the document lacks; the sections the code cites are there.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed partial class ApiReferenceTests(ApiFixture api)
{
    [Fact]
    public async Task Every_operation_of_the_API_document_is_in_docs_api_md_and_docs_api_md_names_no_other()
    {
        var document = ApiReference.Of(await Document());
        Assert.True(document.Count > 50, $"the API document has {document.Count} operations");
        Assert.All(document, o => Assert.False(string.IsNullOrEmpty(o.OperationId), $"{o} has no operationId"));

        var differences = ApiReference.Differences(document, ApiReference.Load());

        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Fact]
    public async Task An_operation_missing_on_either_side_is_reported()
    {
        var document = ApiReference.Of(await Document());
        var text = ApiReference.Load().Text;
        var dispatch = document.Single(o => o.OperationId == "dispatchEngineer");
        var row = text.Split('\n').Single(l => l.StartsWith($"| `{dispatch.Method} {dispatch.Path}` | `{dispatch.OperationId}`", StringComparison.Ordinal));

        var withoutRow = ApiReference.Differences(document, new ApiReference(text.Replace(row + "\n", "")));
        var extraRow = ApiReference.Differences(document, new ApiReference(text + "\n| `POST /api/tickets/{id}/teleport` | `teleport` | x | x |\n"));
        var renamed = ApiReference.Differences(document, new ApiReference(text.Replace("`dispatchEngineer`", "`dispatch`")));
        var withoutOperation = ApiReference.Differences([.. document.Where(o => o != dispatch)], ApiReference.Load());

        Assert.Equal([$"not in docs/api.md: {dispatch}"], withoutRow);
        Assert.Contains("not in the API document: POST /api/tickets/{id}/teleport (teleport)", extraRow);
        Assert.Contains("docs/api.md names an operation the API does not have: POST /api/tickets/{id}/teleport", extraRow);
        Assert.Contains($"not in docs/api.md: {dispatch}", renamed);
        Assert.Contains($"not in the API document: {dispatch with { OperationId = "dispatch" }}", renamed);
        Assert.Contains($"not in the API document: {dispatch}", withoutOperation);
    }

    [Fact]
    public void The_sections_the_code_cites_are_headings_of_docs_api_md()
    {
        var headings = ApiReference.Load().Headings;
        var cited = new List<(string File, string Section)>();
        foreach (var file in SourceFiles())
        {
            var source = File.ReadAllText(file);
            Assert.False(OldCitation().IsMatch(source), $"{file} cites the contract by its shared file's name, not docs/api.md");
            cited.AddRange(Citation().Matches(source).Select(m => (file, m.Groups["section"].Value)));
        }

        Assert.True(cited.Count > 20, $"only {cited.Count} citations of docs/api.md sections found");
        var missing = cited.Where(c => !headings.Contains(c.Section)).Select(c => $"{Path.GetRelativePath(SiloProcess.RepositoryRoot, c.File)}: \"{c.Section}\"").ToList();
        Assert.True(missing.Count == 0, $"cited sections that docs/api.md has no heading for:\n{string.Join("\n", missing)}");
    }

    private async Task<JsonElement> Document() =>
        await api.As(Role.ServiceManager, "manager-wang").GetFromJsonAsync<JsonElement>("/openapi/v1.json");

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(SiloProcess.RepositoryRoot, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(d => d is "bin" or "obj" or "node_modules" or ".git"));

    /// <summary>The reference's file name, then a section's name in double quotes (after a comma or an opening parenthesis too).</summary>
    [GeneratedRegex(@"docs/api\.md,? (?:\(|section )?""(?<section>[^""]+)""")]
    private static partial Regex Citation();

    /// <summary>The contract's file cited by its old name, not the reference in the repository.</summary>
    [GeneratedRegex(@"(?<!docs/)\bAPI\.md")]
    private static partial Regex OldCitation();
}
