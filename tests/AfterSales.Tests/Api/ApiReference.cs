using System.Text.Json;
using System.Text.RegularExpressions;
using AfterSales.Tests.Durability;

namespace AfterSales.Tests.Api;

/// <summary>An operation as the API document and docs/api.md name it: method, path template, operation id.</summary>
public sealed record DocumentedOperation(string Method, string Path, string OperationId)
{
    public override string ToString() => $"{Method} {Path} ({OperationId})";
}

/// <summary>
/// docs/api.md read as the tests read it: each operation is a table row that opens with <c>`METHOD /api/path`</c> and
/// then <c>`operationId`</c>; anywhere else a <c>`METHOD /api/...`</c> names an operation too, and a heading is a section.
/// </summary>
public sealed partial class ApiReference(string text)
{
    public static string FilePath => Path.Combine(SiloProcess.RepositoryRoot, "docs", "api.md");

    public static ApiReference Load() => new(File.ReadAllText(FilePath));

    public string Text => text;

    /// <summary>The operations of the reference's tables.</summary>
    public IReadOnlyList<DocumentedOperation> Operations =>
        [.. Row().Matches(text).Select(m => new DocumentedOperation(m.Groups["method"].Value, m.Groups["path"].Value, m.Groups["id"].Value))];

    /// <summary>Every method and path the text names anywhere, its query left off.</summary>
    public IReadOnlySet<string> Mentions =>
        Mention().Matches(text).Select(m => $"{m.Groups["method"].Value} {m.Groups["path"].Value}").ToHashSet();

    public IReadOnlySet<string> Headings =>
        Heading().Matches(text).Select(m => m.Groups["title"].Value.Trim()).ToHashSet();

    /// <summary>The operations of the API document.</summary>
    public static IReadOnlyList<DocumentedOperation> Of(JsonElement document) =>
    [
        .. from path in document.GetProperty("paths").EnumerateObject()
        from operation in path.Value.EnumerateObject()
        where operation.Name is "get" or "put" or "post" or "delete" or "patch"
        select new DocumentedOperation(
            operation.Name.ToUpperInvariant(), path.Name,
            operation.Value.TryGetProperty("operationId", out var id) ? id.GetString() ?? "" : ""),
    ];

    /// <summary>What one side has and the other lacks: empty when the reference and the document agree.</summary>
    public static IReadOnlyList<string> Differences(IReadOnlyList<DocumentedOperation> document, ApiReference reference)
    {
        var documented = reference.Operations;
        var differences = new List<string>();
        differences.AddRange(document.Except(documented).Select(o => $"not in docs/api.md: {o}"));
        differences.AddRange(documented.Except(document).Select(o => $"not in the API document: {o}"));
        differences.AddRange(documented.GroupBy(o => o).Where(g => g.Count() > 1).Select(g => $"twice in docs/api.md: {g.Key}"));
        var routes = document.Select(o => $"{o.Method} {o.Path}").ToHashSet();
        differences.AddRange(reference.Mentions.Where(m => !routes.Contains(m)).Select(m => $"docs/api.md names an operation the API does not have: {m}"));
        return differences;
    }

    [GeneratedRegex(@"^\|\s*`(?<method>GET|POST|PUT|DELETE|PATCH) (?<path>/api/[^`\s?]*)`\s*\|\s*`(?<id>[A-Za-z][A-Za-z0-9]*)`", RegexOptions.Multiline)]
    private static partial Regex Row();

    [GeneratedRegex(@"`(?<method>GET|POST|PUT|DELETE|PATCH) (?<path>/api/[^`\s?]*)")]
    private static partial Regex Mention();

    [GeneratedRegex(@"^#{1,6} (?<title>.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();
}
