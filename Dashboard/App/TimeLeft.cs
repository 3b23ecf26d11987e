using Microsoft.Extensions.Localization;

namespace AfterSales.Dashboard.App;

/// <summary>How long until a deadline, or how long it has been missed, in days and hours or hours and minutes.</summary>
public static class TimeLeft
{
    public static string Say(IStringLocalizer<Texts> t, DateTimeOffset? due, DateTimeOffset now) => due is { } at
        ? at >= now ? t["time.left", Span(t, at - now)] : t["time.overdue", Span(t, now - at)]
        : "";

    public static string Span(IStringLocalizer<Texts> t, TimeSpan span) => span.TotalDays >= 1
        ? t["time.dh", (int)span.TotalDays, span.Hours]
        : t["time.hm", span.Hours, span.Minutes];
}
