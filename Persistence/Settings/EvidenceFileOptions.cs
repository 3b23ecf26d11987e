using System.ComponentModel.DataAnnotations;

namespace AfterSales.Persistence.Settings;

/// <summary>Evidence files (section <c>Files</c>): how long an upload no command names is kept, and how often they are looked for.</summary>
public sealed class EvidenceFileOptions
{
    public const string Section = "Files";

    /// <summary>docs/api.md "Evidence files": an upload whose command never comes is deleted after a day.</summary>
    [Range(1, 24 * 366)]
    public double UnnamedKeepHours { get; set; } = 24;

    [Range(1, 24 * 60)]
    public double SweepMinutes { get; set; } = 60;
}
