using System.Collections;
using System.ComponentModel.DataAnnotations;

namespace AfterSales.GrainInterfaces.Common.Limits;

/// <summary>A list: at most 100 items; a list of texts, each at most 200 characters.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ItemsAttribute : MaxLengthAttribute
{
    public ItemsAttribute() : base(Limits.Items) => ErrorMessage = $"must have at most {Limits.Items} items, each text at most {Limits.ShortText} characters.";

    public override bool IsValid(object? value) =>
        base.IsValid(value) && (value is not IEnumerable items || items.OfType<string>().All(s => s.Length <= Limits.ShortText));

    public override string FormatErrorMessage(string name) => ErrorMessageString;
}
