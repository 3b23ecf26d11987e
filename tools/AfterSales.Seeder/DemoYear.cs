using AfterSales.GrainInterfaces.Reporting;
using AfterSales.Grains.Sla;
using Bogus;

namespace AfterSales.Seeder;

/// <summary>
/// The twelve months up to now: when service requests come in (the building season is busy, the Spring Festival
/// quiet), and the months that went badly (late service, unhappy customers: under the R-SAT-2 target).
/// </summary>
public sealed class DemoYear
{
    // January to December: construction slows in winter and stops around the Spring Festival.
    private static readonly float[] MonthWeights = [0.6f, 0.45f, 1f, 1.2f, 1.25f, 1.15f, 0.9f, 0.9f, 1.1f, 1f, 1.05f, 0.8f];

    private readonly BusinessCalendar _calendar;
    private readonly DateOnly[] _days;
    private readonly float[] _dayWeights;

    public DemoYear(Faker f, BusinessCalendar calendar, DateTimeOffset now)
    {
        _calendar = calendar;
        Now = now;
        Today = calendar.LocalDate(now);
        FirstDay = Today.AddYears(-1).AddDays(1);
        _days = [.. Enumerable.Range(0, Today.DayNumber - FirstDay.DayNumber + 1).Select(FirstDay.AddDays)];
        _dayWeights = [.. _days.Select(d => MonthWeights[d.Month - 1] * (calendar.IsWorkingDay(d) ? 1f : 0.3f))];

        // The Spring Festival month and two others, never the first or the current (partial) one.
        var months = ReportPeriods.Between(Bucket.Month, FirstDay, Today).ToList();
        var candidates = months.Skip(1).SkipLast(1).ToList();
        var festival = candidates.FirstOrDefault(m => m.EndsWith("-02", StringComparison.Ordinal)) ?? candidates[0];
        BadMonths = new HashSet<string>([festival, .. f.Random.ListItems(candidates.Where(m => m != festival).ToList(), 2)]);
        Months = months;
    }

    public DateTimeOffset Now { get; }

    public DateOnly Today { get; }

    public DateOnly FirstDay { get; }

    public IReadOnlyList<string> Months { get; }

    /// <summary>The months that went badly: more late first contacts and site visits, more unhappy customers.</summary>
    public IReadOnlySet<string> BadMonths { get; }

    public bool IsBad(DateTimeOffset at) => BadMonths.Contains(MonthOf(at));

    public string MonthOf(DateTimeOffset at) => ReportPeriods.Of(Bucket.Month, _calendar.LocalDate(at));

    /// <summary>A moment a request comes in: by the season, mostly in office hours, some in the evening or at weekends.</summary>
    public DateTimeOffset ReceiptTime(Faker f)
    {
        var day = f.Random.Weighted(_days, _dayWeights);
        var minutes = f.Random.Bool(0.8f) ? f.Random.Int(8 * 60 + 30, 17 * 60 + 20) : f.Random.Int(6 * 60, 22 * 60);
        var at = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)).AddMinutes(minutes);
        return at < Now.AddHours(-1) ? at : Now.AddHours(-f.Random.Double(1, 30));
    }

    /// <summary>A 1-5 score (R-SAT-2): mostly 4 or 5; less so in a bad month or after late service.</summary>
    public int Score(Faker f, DateTimeOffset at, bool servedLate)
    {
        var unhappy = (IsBad(at) ? 0.16f : 0.008f) + (servedLate ? 0.08f : 0f);
        return f.Random.Bool(unhappy)
            ? f.Random.Weighted([3, 2, 1], [0.6f, 0.3f, 0.1f])
            : f.Random.Weighted([5, 4], [0.7f, 0.3f]);
    }

    /// <summary>How likely a first contact or a site visit is late in the month of <paramref name="at"/>.</summary>
    public float LateShare(DateTimeOffset at) => IsBad(at) ? 0.22f : 0.06f;
}
