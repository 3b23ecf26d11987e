using System.ComponentModel.DataAnnotations;

namespace AfterSales.GrainInterfaces.Common.Limits;

/// <summary>A date or time between 1990-01-01 and ten years from today (the clock of the validation's services, if any).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ApiDateAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext context)
    {
        DateOnly? date = value switch
        {
            DateOnly d => d,
            DateTimeOffset t => DateOnly.FromDateTime(t.UtcDateTime),
            DateTime t => DateOnly.FromDateTime(t),
            _ => null,
        };
        var clock = context.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System;
        var latest = Limits.Latest(clock.GetUtcNow());
        return date is not { } day || (day >= Limits.Earliest && day <= latest)
            ? ValidationResult.Success
            : new ValidationResult($"must be between {Limits.Earliest:yyyy-MM-dd} and {latest:yyyy-MM-dd}.");
    }
}
