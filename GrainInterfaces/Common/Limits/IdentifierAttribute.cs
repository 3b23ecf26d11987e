using System.ComponentModel.DataAnnotations;

namespace AfterSales.GrainInterfaces.Common.Limits;

/// <summary>An id of the API: a letter or digit, then up to 63 letters, digits, dots, underscores or hyphens.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class IdentifierAttribute : RegularExpressionAttribute
{
    public IdentifierAttribute() : base(Limits.IdPattern) => ErrorMessage = "must be an id: a letter or digit, then up to 63 letters, digits, '.', '_' or '-'.";

    public override string FormatErrorMessage(string name) => ErrorMessageString;
}
