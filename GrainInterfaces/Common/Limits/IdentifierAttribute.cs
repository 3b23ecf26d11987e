using System.ComponentModel.DataAnnotations;

namespace AfterSales.GrainInterfaces.Common.Limits;

/// <summary>An id of the API: a letter or digit, then up to 63 letters, digits, dots, underscores or hyphens.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class IdentifierAttribute : RegularExpressionAttribute
{
    public IdentifierAttribute() : base(Limits.IdPattern) => ErrorMessage = "must be an id: a letter or digit, then up to 63 letters, digits, '.', '_' or '-'.";

    /// <summary>Absent is the required check's business; present, an id is never empty (no grain has the empty key).</summary>
    public override bool IsValid(object? value) => value is null || (value is string { Length: > 0 } && base.IsValid(value));

    public override string FormatErrorMessage(string name) => ErrorMessageString;
}
