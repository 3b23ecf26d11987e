using System.Globalization;
using System.Text.Json;
using AfterSales.Dashboard.Localization;
using AfterSales.GrainInterfaces.Common;
using Microsoft.Extensions.Localization;

namespace AfterSales.Dashboard.App;

/// <summary>What a page shows of a refusal, in its language: the rule and its reason (<see cref="Phrases"/>), the field that is wrong, or the role.</summary>
public static class Refusals
{
    /// <summary>The refusal's text; null for an exception that is no refusal (it is not the page's to explain).</summary>
    public static string? Explain(IStringLocalizer<Texts> t, Exception e) => e switch
    {
        RuleViolationException r => t["error.rule", r.RuleId, Phrases.Explain(r, CultureInfo.CurrentUICulture)].Value,
        InvalidInputException i => t["error.field", t[$"field.{i.Field}"].Value, Phrases.Explain(i, CultureInfo.CurrentUICulture)].Value,
        ForbiddenException f => t["error.forbidden", f.RuleId].Value,
        JsonException or FormatException or ArgumentException => t["error.input"].Value,
        _ => null,
    };
}
