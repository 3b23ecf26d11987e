using System.ComponentModel.DataAnnotations;

namespace AfterSales.Silo.Settings;

/// <summary>Per-caller rate limits (section <c>RateLimits</c>; docs/api.md "Rate limits": 50 commands/s, 200 reads/s).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    [Range(1, 1_000_000)]
    public int CommandsPerSecond { get; set; } = 50;

    [Range(1, 1_000_000)]
    public int ReadsPerSecond { get; set; } = 200;
}
