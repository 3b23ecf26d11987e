using System.ComponentModel.DataAnnotations;

namespace AfterSales.Persistence.Settings;

/// <summary>How often the SLA deadlines are looked at (section <c>Sla</c>).</summary>
public sealed class SlaWatchOptions
{
    public const string Section = "Sla";

    [Range(0.05, 3600)]
    public double WatchSeconds { get; set; } = 10;
}
