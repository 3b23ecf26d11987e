using System.Text.RegularExpressions;
using AfterSales.Tests.Durability;

namespace AfterSales.Tests.Api;

/// <summary>The service's namespaces depend one way: no cycle between the API, the dashboard, hosting and storage code.</summary>
public sealed partial class NamespaceTests
{
    [Fact]
    public void The_namespaces_of_the_service_have_no_cycle()
    {
        var uses = new Dictionary<string, HashSet<string>>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(SiloProcess.RepositoryRoot, "Silo"), "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")))
        {
            var text = File.ReadAllText(file);
            if (Declared().Match(text) is not { Success: true } declared)
            {
                continue;
            }

            var from = declared.Groups[1].Value;
            var targets = uses.TryGetValue(from, out var known) ? known : uses[from] = [];
            foreach (Match used in Used().Matches(text))
            {
                if (used.Groups[1].Value != from)
                {
                    targets.Add(used.Groups[1].Value);
                }
            }
        }

        Assert.True(uses.Count >= 5, string.Join(", ", uses.Keys));
        var cycles = uses.Keys.Select(n => Cycle(n, uses)).Where(c => c is not null).Select(c => string.Join(" -> ", c!)).Distinct().ToList();
        Assert.True(cycles.Count == 0, string.Join("\n", cycles));
    }

    /// <summary>A path from <paramref name="start"/> back to itself, if there is one.</summary>
    private static List<string>? Cycle(string start, Dictionary<string, HashSet<string>> uses)
    {
        var path = new List<string> { start };
        var seen = new HashSet<string>();
        bool Walk(string at)
        {
            foreach (var next in uses.GetValueOrDefault(at, []))
            {
                if (next == start)
                {
                    path.Add(next);
                    return true;
                }

                if (seen.Add(next))
                {
                    path.Add(next);
                    if (Walk(next))
                    {
                        return true;
                    }

                    path.RemoveAt(path.Count - 1);
                }
            }

            return false;
        }

        return Walk(start) ? path : null;
    }

    [GeneratedRegex(@"^namespace (AfterSales\.Silo[\w.]*);", RegexOptions.Multiline)]
    private static partial Regex Declared();

    [GeneratedRegex(@"^using (AfterSales\.Silo[\w.]*);", RegexOptions.Multiline)]
    private static partial Regex Used();
}
