using AfterSales.GrainInterfaces.Reporting;

namespace AfterSales.Tests.Dashboard;

/// <summary>Report rows as the reports API answers them: twelve weeks, twelve months (three under 95%), a ranking.</summary>
public static class ChartSamples
{
    public static IReadOnlyList<ResponseTimeRow> Weeks { get; } =
    [
        .. Enumerable.Range(1, 12).Select(w => new ResponseTimeRow(
            $"2026-W{w:00}", 10 + w, 1.0 + (w % 3) * 0.4, 2.1 + (w % 4) * 0.3, 14 + w % 5, 22 + w % 7, 40, 2, 24, w % 4)),
    ];

    public static IReadOnlyList<SatisfactionRow> Months { get; } =
    [
        .. Enumerable.Range(1, 12).Select(m =>
        {
            var satisfied = m is 3 or 7 or 11 ? 17 : 20;
            return new SatisfactionRow($"2026-{m:00}", 20, satisfied, satisfied / 20.0, 0.95, satisfied < 19);
        }),
    ];

    public static IReadOnlyList<SatisfactionRow> Ranking(string prefix) =>
    [
        new("2026-01..2026-12", 10, 8, 0.8, 0.95, true, $"{prefix}-王工"),
        new("2026-01..2026-12", 10, 10, 1.0, 0.95, false, $"{prefix}-2"),
        new("2026-01..2026-12", 20, 19, 0.95, 0.95, false, $"{prefix}-3"),
    ];
}
