using System.ComponentModel.DataAnnotations;

namespace AfterSales.Persistence.Settings;

/// <summary>How often the machines' maintenance due points are looked at (section <c>Maintenance</c>, R-PM-2, R-PM-3).</summary>
public sealed class MaintenanceWatchOptions
{
    public const string Section = "Maintenance";

    [Range(0.05, 86400)]
    public double WatchSeconds { get; set; } = 60;
}
