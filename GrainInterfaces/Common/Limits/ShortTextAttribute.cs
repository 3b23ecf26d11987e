using System.ComponentModel.DataAnnotations;

namespace AfterSales.GrainInterfaces.Common.Limits;

/// <summary>A name or a short text: at most 200 characters.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ShortTextAttribute : MaxLengthAttribute
{
    public ShortTextAttribute() : base(Limits.ShortText) => ErrorMessage = $"must be at most {Limits.ShortText} characters.";

    public override string FormatErrorMessage(string name) => ErrorMessageString;
}
