namespace AfterSales.GrainInterfaces.Common;

/// <summary>
/// Local times as the company reads them, in the one configured zone (<c>BusinessCalendar:TimeZone</c>, Asia/Shanghai
/// by default): every time a page, a PDF or an export shows, and the zone of a photo's clock that names none.
/// </summary>
public sealed class LocalTimes(TimeZoneInfo zone)
{
    public TimeZoneInfo Zone => zone;

    /// <summary>A moment as the local date and time to the minute; a dash for none.</summary>
    public string Format(DateTimeOffset? at) => at is { } t ? TimeZoneInfo.ConvertTime(t, zone).ToString("yyyy-MM-dd HH:mm") : "—";

    /// <summary>A local date and time (a camera's clock) as the moment it was in this zone.</summary>
    public DateTimeOffset Moment(DateTime local) => new(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)));
}
