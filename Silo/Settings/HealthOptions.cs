using System.ComponentModel.DataAnnotations;

namespace AfterSales.Silo.Settings;

/// <summary>Readiness bounds (section <c>Health</c>).</summary>
public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>The oldest message the outbox may hold before the silo is not ready: its read models lag too far behind.</summary>
    [Range(1, 86_400)]
    public double MaxOutboxLagSeconds { get; set; } = 60;
}
