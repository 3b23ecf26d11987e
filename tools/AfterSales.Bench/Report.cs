namespace AfterSales.Bench;

/// <summary>The figures of one run, printed as a table (Markdown, so the README can take it as it is).</summary>
public sealed class Report(string machine)
{
    private readonly List<(string What, string Figure, string Target)> _rows = [];

    public void Add(string what, string figure, string target = "") => _rows.Add((what, figure, target));

    public void Print()
    {
        Console.WriteLine();
        Console.WriteLine($"Machine: {machine}");
        Console.WriteLine();
        Console.WriteLine("| measured | figure | target |");
        Console.WriteLine("|---|---|---|");
        foreach (var (what, figure, target) in _rows)
        {
            Console.WriteLine($"| {what} | {figure} | {target} |");
        }
    }
}
