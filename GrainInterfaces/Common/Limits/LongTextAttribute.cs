using System.ComponentModel.DataAnnotations;

namespace AfterSales.GrainInterfaces.Common.Limits;

/// <summary>A description or a note: at most 4,000 characters.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class LongTextAttribute : MaxLengthAttribute
{
    public LongTextAttribute() : base(Limits.LongText) => ErrorMessage = $"must be at most {Limits.LongText} characters.";

    public override string FormatErrorMessage(string name) => ErrorMessageString;
}
