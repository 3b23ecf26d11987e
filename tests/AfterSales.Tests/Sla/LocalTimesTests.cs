using AfterSales.GrainInterfaces.Common;
using AfterSales.Grains.Sla;

namespace AfterSales.Tests.Sla;

/// <summary>One zone, from configuration, for every local time the service shows or reads (BusinessCalendar:TimeZone).</summary>
public sealed class LocalTimesTests
{
    private static readonly DateTimeOffset Moment = new(2026, 7, 1, 1, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Asia/Shanghai", "2026-07-01 09:30")]
    [InlineData("Asia/Urumqi", "2026-07-01 07:30")]
    [InlineData("America/New_York", "2026-06-30 21:30")]
    public void A_moment_shows_in_the_calendars_zone(string zone, string shown)
    {
        var local = new LocalTimes(new BusinessCalendar(new BusinessCalendarSettings { TimeZone = zone }).Zone);

        Assert.Equal(shown, local.Format(Moment));
        Assert.Equal("—", local.Format(null));
        // A camera's clock without a zone is read in the same zone, summer time included.
        Assert.Equal(Moment, local.Moment(DateTime.ParseExact(shown, "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
