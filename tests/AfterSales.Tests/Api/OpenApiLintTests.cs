using AfterSales.Tests.Tools;
using System.Diagnostics;
using System.Text.RegularExpressions;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Tests.Durability;

namespace AfterSales.Tests.Api;

/// <summary>
/// The API document clients generate from, linted as issue 9 asks: Redocly (recommended rules) and Spectral
/// (<c>spectral:oas</c>) report 0 errors and at most 10 warnings each (tools/openapi-lint, npm packages pinned there).
/// </summary>
[Collection(ApiCollection.Name)]
[Trait("Category", "Slow")]
public sealed partial class OpenApiLintTests(ApiFixture api)
{
    private const int MaxWarnings = 10;

    [Fact]
    public async Task The_API_document_passes_Redocly_and_Spectral()
    {
        var document = await api.As(Role.ServiceManager, "manager-wang").GetStringAsync("/openapi/v1.json");
        Assert.DoesNotContain("\"/orleans", document);
        var file = Path.Combine(Path.GetTempPath(), $"aftersales-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, document);
        try
        {
            var output = await Lint(file);
            foreach (var tool in new[] { "redocly", "spectral" })
            {
                var summary = Summary().Matches(output).FirstOrDefault(m => m.Groups["tool"].Value == tool);
                Assert.True(summary is not null, $"{tool} gave no summary:\n{output}");
                var (errors, warnings) = (int.Parse(summary.Groups["errors"].Value), int.Parse(summary.Groups["warnings"].Value));
                Assert.True(errors == 0 && warnings <= MaxWarnings, $"{tool}: {errors} errors, {warnings} warnings:\n{output}");
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<string> Lint(string file)
    {
        var script = Path.Combine(SiloProcess.RepositoryRoot, "tools", "openapi-lint", "lint.sh");
        RequiredTool.OnPath("node", "nodejs");
        using var process = Process.Start(new ProcessStartInfo("bash", [script, file]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"lint.sh exited {process.ExitCode}:\n{await output}\n{await errors}");
        return await output;
    }

    [GeneratedRegex(@"^(?<tool>redocly|spectral): (?<errors>\d+) errors, (?<warnings>\d+) warnings", RegexOptions.Multiline)]
    private static partial Regex Summary();
}
