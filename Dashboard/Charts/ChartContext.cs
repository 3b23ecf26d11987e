using AfterSales.Dashboard.Localization;

namespace AfterSales.Dashboard.Charts;

/// <summary>
/// What a chart says besides its data: the texts of its language, the range and filters it shows (under its
/// title), the periods still running (drawn as partial), the names of the engineers and stations it ranks, and the
/// width it is drawn at (what fits beside what).
/// </summary>
public sealed record ChartContext(ChartTexts T, string Scope, IReadOnlySet<string>? Running = null, IReadOnlyDictionary<string, string>? Names = null)
{
    public int Width { get; init; } = ChartRenderer.Width;

    public string NameOf(string? id) => id is null ? T.Unassigned : Names?.GetValueOrDefault(id) ?? id;

    public bool IsRunning(string period) => Running?.Contains(period) == true;
}
