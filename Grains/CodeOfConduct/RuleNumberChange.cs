using System.Globalization;
using AfterSales.GrainInterfaces.CodeOfConduct;
using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Grains.CodeOfConduct;

/// <summary>
/// A change application whose <c>what</c> names one of the rule numbers (e.g. <c>WarrantyMonths</c>) changes that
/// number in the new version; any other <c>what</c> is a change of the code's text.
/// </summary>
public static class RuleNumberChange
{
    private static readonly Dictionary<string, (Func<RuleNumbers, double> Get, Func<RuleNumbers, double, RuleNumbers> Set, bool Whole, double Max)> Numbers =
        new(StringComparer.OrdinalIgnoreCase)
        {
            [nameof(RuleNumbers.MinYearsOfExperience)] = (n => n.MinYearsOfExperience, (n, v) => n with { MinYearsOfExperience = (int)v }, true, 50),
            [nameof(RuleNumbers.FirstResponseTargetHours)] = (n => n.FirstResponseTargetHours, (n, v) => n with { FirstResponseTargetHours = v }, false, 720),
            [nameof(RuleNumbers.TimeToSiteTargetHours)] = (n => n.TimeToSiteTargetHours, (n, v) => n with { TimeToSiteTargetHours = v }, false, 720),
            [nameof(RuleNumbers.TimeToSiteOutsideCityTargetHours)] = (n => n.TimeToSiteOutsideCityTargetHours, (n, v) => n with { TimeToSiteOutsideCityTargetHours = v }, false, 720),
            [nameof(RuleNumbers.WarrantyMonths)] = (n => n.WarrantyMonths, (n, v) => n with { WarrantyMonths = (int)v }, true, 240),
            [nameof(RuleNumbers.OldPartReturnDays)] = (n => n.OldPartReturnDays, (n, v) => n with { OldPartReturnDays = (int)v }, true, 365),
            [nameof(RuleNumbers.SatisfactionTarget)] = (n => n.SatisfactionTarget, (n, v) => n with { SatisfactionTarget = v }, false, 1),
        };

    public static bool IsRuleNumber(string what) => Numbers.ContainsKey(what.Trim());

    /// <summary>The original must state the number as the version has it; the revised must be a valid value.</summary>
    public static RuleNumbers Apply(RuleNumbers current, ChangeApplication change)
    {
        var (get, set, whole, max) = Numbers[change.What.Trim()];
        if (!TryParse(change.Original, out var original) || original != get(current))
        {
            throw new RuleViolationException(
                "R-DOC-2", Sentence.Of("refusal.code.original-differs", $"R-DOC-2: the original of {change.What} is {get(current).ToString(CultureInfo.InvariantCulture)} in the version it applies to, not '{change.Original}'."));
        }

        if (!TryParse(change.Revised, out var revised) || revised <= 0 || revised > max || (whole && revised != Math.Floor(revised)))
        {
            throw new InvalidInputException(
                "R-DOC-2", "revised", whole
                    ? Sentence.Of("refusal.code.revised-not-whole", $"R-DOC-2: '{change.Revised}' is not a valid {change.What} (a whole number above 0, at most {max}).")
                    : Sentence.Of("refusal.code.revised-not-number", $"R-DOC-2: '{change.Revised}' is not a valid {change.What} (a number above 0, at most {max})."));
        }

        return set(current, revised);
    }

    private static bool TryParse(string text, out double value) =>
        double.TryParse(text.Trim().TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
