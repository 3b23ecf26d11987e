using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Grains.Common;

/// <summary>Guards on command text shared by all grains.</summary>
public static class Text
{
    /// <summary>Refuses an empty required field with a 400 naming the field and the rule.</summary>
    public static string Required(string? value, string field, string ruleId)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidInputException(ruleId, field, Sentence.Of("refusal.common.required", $"{field} is required ({ruleId}).", $"{Phrase.EnumMark}Field.{field}", ruleId));
        }

        return value.Trim();
    }

    /// <summary>An optional field: trimmed, or null when it is empty.</summary>
    public static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
