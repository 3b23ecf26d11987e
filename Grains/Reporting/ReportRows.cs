using AfterSales.GrainInterfaces.Reporting;

namespace AfterSales.Grains.Reporting;

/// <summary>The rows of the reports, computed from the facts and responses of a period.</summary>
public static class ReportRows
{
    // R-TKT-3, R-TKT-5: first response and time to site, p50 and p90, against their targets.
    public static ResponseTimeRow ResponseTimes(string period, IReadOnlyCollection<ResponseFacts> tickets, double targetFirstResponseHours, double targetTimeToSiteHours)
    {
        List<double> Of(Func<ResponseFacts, double?> hours) => [.. tickets.Select(hours).OfType<double>()];
        var firstResponse = Of(t => t.FirstResponseHours);
        var toSite = Of(t => t.TimeToSiteHours);
        return new ResponseTimeRow(
            period, tickets.Count,
            Percentile.Of(firstResponse, 0.5), Percentile.Of(firstResponse, 0.9),
            Percentile.Of(toSite, 0.5), Percentile.Of(toSite, 0.9),
            Percentile.Of(Of(t => t.ResolutionHours), 0.5),
            targetFirstResponseHours, targetTimeToSiteHours, tickets.Sum(t => t.Breaches), tickets.Count(t => t.Breaches > 0));
    }

    // R-SAT-2: a period under target is flagged; a period without responses has no rate and is not flagged.
    public static SatisfactionRow Satisfaction(string period, IEnumerable<SatisfactionResponse> responses, double target, string? key = null)
    {
        var all = responses.ToList();
        var satisfied = all.Count(r => r.Satisfied);
        double? rate = all.Count == 0 ? null : Math.Round((double)satisfied / all.Count, 4);
        return new SatisfactionRow(period, all.Count, satisfied, rate, target, rate < target, key);
    }
}
