using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace AfterSales.Grains.Common;

/// <summary>
/// The service's own traces and metrics (meter and activity source <c>AfterSales</c>): commands by grain, operation and
/// outcome, their latency, SLA deadlines met and breached. The silo adds the outbox's backlog and lag.
/// </summary>
public static class ServiceTelemetry
{
    public const string Name = "AfterSales";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    /// <summary>Commands by grain type, operation and outcome (applied, refused, failed); a refusal with its rule id.</summary>
    public static readonly Counter<long> Commands = Meter.CreateCounter<long>("aftersales.commands", "{command}", "Commands taken by the grains, by outcome.");

    public static readonly Histogram<double> CommandDuration = Meter.CreateHistogram(
        "aftersales.command.duration", "s", "Time from a command's arrival at its grain to its answer.", tags: null,
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });

    /// <summary>SLA deadlines (R-TKT-3 first response, R-TKT-5 time to site) as they are met or breached.</summary>
    public static readonly Counter<long> SlaDeadlines = Meter.CreateCounter<long>("aftersales.sla.deadlines", "{deadline}", "SLA deadlines met or breached.");

    public static void Command(string grain, string operation, string outcome, string? ruleId, TimeSpan elapsed)
    {
        var tags = new TagList { { "grain", grain }, { "operation", operation }, { "outcome", outcome } };
        if (ruleId is not null)
        {
            tags.Add("rule", ruleId);
        }

        Commands.Add(1, tags);
        CommandDuration.Record(elapsed.TotalSeconds, new TagList { { "grain", grain }, { "operation", operation }, { "outcome", outcome } });
    }
}
