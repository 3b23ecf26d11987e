using AfterSales.GrainInterfaces.Reporting;

namespace AfterSales.Tests.Reporting;

public sealed class ReportPeriodsTests
{
    [Theory]
    [InlineData(Bucket.Week, "2026-W01", "2026-01-04")]
    [InlineData(Bucket.Week, "2026-W53", "2027-01-03")]
    [InlineData(Bucket.Month, "2026-02", "2026-02-28")]
    [InlineData(Bucket.Month, "2028-02", "2028-02-29")]
    [InlineData(Bucket.Month, "2026-12", "2026-12-31")]
    public void A_period_ends_on_the_sunday_of_its_iso_week_or_the_last_day_of_its_month(Bucket bucket, string period, string lastDay)
    {
        Assert.Equal(DateOnly.Parse(lastDay), ReportPeriods.LastDay(bucket, period));
        Assert.Equal(period, ReportPeriods.Of(bucket, DateOnly.Parse(lastDay)));
    }
}
