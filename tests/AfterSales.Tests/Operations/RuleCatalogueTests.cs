using System.Reflection;
using System.Text.RegularExpressions;
using AfterSales.Tests.Durability;

namespace AfterSales.Tests.Operations;

/// <summary>
/// docs/rules.md cannot drift from the code: every rule id the grains name is catalogued, every file it lists names
/// its id, every test it lists exists, names its id and is a test; every rule has a test.
/// </summary>
public sealed partial class RuleCatalogueTests
{
    [Fact]
    public void The_rule_catalogue_lists_every_rule_the_code_names_where_it_is_enforced_and_a_test_that_proves_it()
    {
        var root = SiloProcess.RepositoryRoot;
        var rows = Row().Matches(File.ReadAllText(Path.Combine(root, "docs", "rules.md"))).ToList();
        var tests = typeof(RuleCatalogueTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Where(m => m.GetCustomAttributes<FactAttribute>().Any())
            .Select(m => m.Name)
            .ToHashSet();
        var wrong = new List<string>();
        foreach (var row in rows)
        {
            var id = row.Groups["id"].Value;
            var files = Ticked().Matches(row.Groups["files"].Value).Select(m => m.Groups[1].Value).ToList();
            var proofs = Ticked().Matches(row.Groups["tests"].Value).Select(m => m.Groups[1].Value).ToList();
            wrong.AddRange(files.Where(f => !File.Exists(Path.Combine(root, f)) || !Names(File.ReadAllText(Path.Combine(root, f)), id)).Select(f => $"{id}: {f} does not name it"));
            wrong.AddRange(proofs.Where(t => !tests.Contains(t) || !t.StartsWith(id.Replace('-', '_') + "_", StringComparison.Ordinal)).Select(t => $"{id}: no test {t}"));
            if (files.Count == 0 || proofs.Count == 0)
            {
                wrong.Add($"{id}: needs where it is enforced and a test");
            }
        }

        var catalogued = rows.Select(r => r.Groups["id"].Value).ToHashSet();
        var named = Directory.EnumerateFiles(Path.Combine(root, "Grains"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "GrainInterfaces"), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(f => RuleId().Matches(File.ReadAllText(f)).Select(m => m.Value))
            .ToHashSet();
        wrong.AddRange(named.Except(catalogued).Order().Select(id => $"{id}: named by the code, missing from docs/rules.md"));
        Assert.True(rows.Count >= 35, $"{rows.Count} rules catalogued");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static bool Names(string text, string id) => Regex.IsMatch(text, Regex.Escape(id) + "(?![0-9])");

    [GeneratedRegex(@"^\| (?<id>R-[A-Z]{2,3}-\d+) \| [^|]+ \| (?<files>[^|]+) \| (?<tests>[^|]+) \|$", RegexOptions.Multiline)]
    private static partial Regex Row();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Ticked();

    [GeneratedRegex(@"\bR-(?:ENG|TKT|WTY|STN|INS|TRN|SAT|DOC|PM)-\d+\b")]
    private static partial Regex RuleId();
}
