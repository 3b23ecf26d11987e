using System.ComponentModel.DataAnnotations;

namespace AfterSales.Persistence.Settings;

/// <summary>How long idempotency keys are kept (section <c>Idempotency</c>; docs/api.md "Idempotency": at least 24 h).</summary>
public sealed class IdempotencyOptions
{
    public const string Section = "Idempotency";

    [Range(24, 24 * 366)]
    public double KeepHours { get; set; } = 24;
}
