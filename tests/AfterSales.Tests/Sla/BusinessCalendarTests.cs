using AfterSales.Grains.Sla;

using Microsoft.Extensions.Configuration;

namespace AfterSales.Tests.Sla;

/// <summary>The business calendar of SLA clocks, with the default settings (Beijing time, 08:30-17:30, 2026 holidays).</summary>
public sealed class BusinessCalendarTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly BusinessCalendar Calendar = new(new BusinessCalendarSettings());

    private static DateTimeOffset At(int month, int day, int hour, int minute) => new(2026, month, day, hour, minute, 0, Beijing);

    private static TimeSpan Hours(double h) => TimeSpan.FromHours(h);

    [Fact]
    public void Two_business_hours_from_Friday_16_30_end_on_Monday_09_30()
    {
        var friday = At(3, 13, 16, 30);

        var due = Calendar.Add(friday, Hours(2));

        Assert.Equal(At(3, 16, 9, 30), due);
        Assert.Equal(Hours(2), Calendar.Between(friday, due));
    }

    [Fact]
    public void Two_business_hours_from_Friday_17_00_end_on_Monday_10_00()
    {
        Assert.Equal(At(3, 16, 10, 0), Calendar.Add(At(3, 13, 17, 0), Hours(2)));
    }

    [Fact]
    public void A_weekend_counts_nothing_and_a_start_on_Saturday_counts_from_Monday_08_30()
    {
        Assert.Equal(At(3, 16, 9, 30), Calendar.Add(At(3, 14, 10, 0), Hours(1)));
        Assert.Equal(TimeSpan.Zero, Calendar.Between(At(3, 13, 17, 30), At(3, 16, 8, 30)));
        Assert.Equal(Hours(1), Calendar.Between(At(3, 13, 17, 0), At(3, 16, 9, 0)));
    }

    [Fact]
    public void Results_are_UTC_instants()
    {
        var due = Calendar.Add(At(3, 13, 16, 30), Hours(2));

        Assert.Equal(TimeSpan.Zero, due.Offset);
        Assert.Equal(new DateTimeOffset(2026, 3, 16, 1, 30, 0, TimeSpan.Zero), due);
    }

    [Fact]
    public void National_Day_1_to_7_October_2026_are_days_off_and_Sunday_20_September_and_Saturday_10_October_are_working_days()
    {
        for (var day = 1; day <= 7; day++)
        {
            Assert.False(Calendar.IsWorkingDay(new DateOnly(2026, 10, day)), $"October {day}");
        }

        Assert.True(Calendar.IsWorkingDay(new DateOnly(2026, 9, 20)));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2026, 10, 8)));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2026, 10, 10)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2026, 10, 11)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2026, 9, 19)));
    }

    [Fact]
    public void One_business_hour_from_30_September_17_00_ends_on_8_October_09_00_after_National_Day()
    {
        Assert.Equal(At(10, 8, 9, 0), Calendar.Add(At(9, 30, 17, 0), Hours(1)));
    }

    [Fact]
    public void The_make_up_Saturday_10_October_counts_and_the_Sunday_after_it_does_not()
    {
        Assert.Equal(At(10, 10, 9, 0), Calendar.Add(At(10, 9, 17, 0), Hours(1)));
        Assert.Equal(At(10, 12, 9, 0), Calendar.Add(At(10, 10, 17, 0), Hours(1)));
        Assert.Equal(At(9, 20, 9, 30), Calendar.Add(At(9, 19, 12, 0), Hours(1)));
    }

    [Fact]
    public void From_29_September_to_12_October_only_five_days_count_with_National_Day_and_its_make_up_Saturday()
    {
        // 29 and 30 September, 8, 9 and 10 October: 5 days of 9 hours.
        Assert.Equal(Hours(45), Calendar.Between(At(9, 29, 8, 30), At(10, 12, 8, 30)));
    }

    [Fact]
    public void Spring_Festival_15_to_23_February_is_skipped_and_Saturday_14_February_is_worked()
    {
        Assert.Equal(At(2, 14, 9, 0), Calendar.Add(At(2, 13, 17, 0), Hours(1)));
        Assert.Equal(At(2, 24, 9, 0), Calendar.Add(At(2, 14, 17, 0), Hours(1)));
    }

    [Theory]
    [InlineData(6, 0, 3, 17, 9, 30)]   // before opening: from 08:30 the same day
    [InlineData(20, 0, 3, 18, 9, 30)]  // after closing: from 08:30 the next day
    [InlineData(17, 30, 3, 18, 9, 30)] // exactly at closing: the day is over
    [InlineData(8, 30, 3, 17, 9, 30)]  // exactly at opening
    [InlineData(0, 0, 3, 17, 9, 30)]   // midnight
    public void One_business_hour_from_Tuesday_outside_working_hours_counts_from_the_next_opening(
        int hour, int minute, int dueMonth, int dueDay, int dueHour, int dueMinute)
    {
        Assert.Equal(At(dueMonth, dueDay, dueHour, dueMinute), Calendar.Add(At(3, 17, hour, minute), Hours(1)));
    }

    [Fact]
    public void A_deadline_may_end_exactly_at_closing_time()
    {
        Assert.Equal(At(3, 17, 17, 30), Calendar.Add(At(3, 17, 15, 30), Hours(2)));
        Assert.Equal(At(3, 18, 8, 31), Calendar.Add(At(3, 17, 15, 30), Hours(2) + TimeSpan.FromMinutes(1)));
    }

    [Theory]
    [InlineData(3, 17, 10, 15, 3, 17, 10, 15)] // inside working hours: start itself
    [InlineData(3, 17, 6, 0, 3, 17, 8, 30)]    // before opening: the opening
    [InlineData(3, 17, 17, 30, 3, 18, 8, 30)]  // at closing: the next opening
    [InlineData(3, 13, 18, 0, 3, 16, 8, 30)]   // Friday evening: Monday's opening
    [InlineData(9, 30, 20, 0, 10, 8, 8, 30)]   // before National Day: the first day after it
    public void Zero_business_time_gives_the_first_instant_the_clock_runs(
        int month, int day, int hour, int minute, int dueMonth, int dueDay, int dueHour, int dueMinute)
    {
        Assert.Equal(At(dueMonth, dueDay, dueHour, dueMinute), Calendar.Add(At(month, day, hour, minute), TimeSpan.Zero));
    }

    [Fact]
    public void Between_is_zero_when_to_is_not_after_from_and_negative_business_time_is_refused()
    {
        Assert.Equal(TimeSpan.Zero, Calendar.Between(At(3, 17, 12, 0), At(3, 17, 12, 0)));
        Assert.Equal(TimeSpan.Zero, Calendar.Between(At(3, 18, 12, 0), At(3, 17, 12, 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.Add(At(3, 17, 12, 0), TimeSpan.FromMinutes(-1)));
    }

    [Fact]
    public void Between_takes_instants_in_any_offset()
    {
        var fromInUtc = At(3, 17, 9, 0).ToUniversalTime();
        var toInBerlin = At(3, 17, 11, 0).ToOffset(TimeSpan.FromHours(1));

        Assert.Equal(Hours(2), Calendar.Between(fromInUtc, toInBerlin));
    }

    [Fact]
    public void Always_open_counts_every_minute_of_nights_weekends_and_holidays()
    {
        var calendar = new BusinessCalendar(new BusinessCalendarSettings { AlwaysOpen = true });

        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 10, 3)));
        Assert.Equal(At(10, 4, 1, 0), calendar.Add(At(10, 3, 23, 0), Hours(2)));
        Assert.Equal(At(10, 3, 23, 0), calendar.Add(At(10, 3, 23, 0), TimeSpan.Zero));
        Assert.Equal(Hours(7 * 24), calendar.Between(At(10, 1, 0, 0), At(10, 8, 0, 0)));
    }

    [Fact]
    public void Between_of_Add_gives_back_the_business_time_for_many_random_starts_and_durations()
    {
        var random = new Random(20260101);
        var year = At(1, 1, 0, 0);
        var yearTicks = (At(12, 31, 0, 0) - year).Ticks;
        var threeWeeks = Hours(15 * 9).Ticks;

        for (var i = 0; i < 2000; i++)
        {
            var start = year + TimeSpan.FromTicks(random.NextInt64(yearTicks));
            var businessTime = TimeSpan.FromTicks(random.NextInt64(1, threeWeeks));

            var due = Calendar.Add(start, businessTime);

            Assert.True(due > start, $"{start:O} + {businessTime}");
            Assert.Equal(businessTime, Calendar.Between(start, due));
            var local = due.ToOffset(Beijing);
            Assert.True(Calendar.IsWorkingDay(DateOnly.FromDateTime(local.DateTime)), $"{start:O} + {businessTime} = {local:O}");
            var time = TimeOnly.FromDateTime(local.DateTime);
            Assert.True(time > new TimeOnly(8, 30) && time <= new TimeOnly(17, 30), $"{start:O} + {businessTime} = {local:O}");
        }
    }

    [Fact]
    public void Add_of_Between_reaches_the_end_or_the_last_working_instant_before_it_for_many_random_spans()
    {
        var random = new Random(7);
        var year = At(1, 1, 0, 0);
        var yearTicks = (At(12, 1, 0, 0) - year).Ticks;
        var month = TimeSpan.FromDays(30).Ticks;

        for (var i = 0; i < 1000; i++)
        {
            var from = year + TimeSpan.FromTicks(random.NextInt64(yearTicks));
            var to = from + TimeSpan.FromTicks(random.NextInt64(month));

            var reached = Calendar.Add(from, Calendar.Between(from, to));

            Assert.True(reached <= to || Calendar.Between(from, to) == TimeSpan.Zero, $"{from:O} to {to:O}");
            Assert.Equal(TimeSpan.Zero, Calendar.Between(reached, to));
        }
    }

    [Fact]
    public void Between_matches_counting_working_minutes_one_by_one_for_random_spans()
    {
        // An independent count: Beijing is UTC+8 all year, so local time needs no time zone machinery here.
        var settings = new BusinessCalendarSettings();
        var holidays = settings.Holidays.ToHashSet();
        var workingWeekends = settings.WorkingWeekends.ToHashSet();
        bool Working(DateTime local)
        {
            var date = DateOnly.FromDateTime(local);
            var weekend = local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            var workingDay = weekend ? workingWeekends.Contains(date) : !holidays.Contains(date);
            var time = TimeOnly.FromDateTime(local);
            return workingDay && time >= settings.WorkdayStart && time < settings.WorkdayEnd;
        }

        var random = new Random(42);
        for (var i = 0; i < 150; i++)
        {
            var from = At(1, 1, 0, 0).AddMinutes(random.Next(364 * 24 * 60));
            var minutes = random.Next(10 * 24 * 60);

            var counted = 0;
            for (var m = 0; m < minutes; m++)
            {
                counted += Working(from.AddMinutes(m).ToOffset(Beijing).DateTime) ? 1 : 0;
            }

            Assert.Equal(TimeSpan.FromMinutes(counted), Calendar.Between(from, from.AddMinutes(minutes)));
        }
    }

    [Fact]
    public void Monday_after_the_clocks_go_forward_in_New_York_is_counted_in_real_time()
    {
        var calendar = new BusinessCalendar(new BusinessCalendarSettings { TimeZone = "America/New_York", Holidays = [], WorkingWeekends = [] });
        var friday = new DateTimeOffset(2026, 3, 6, 16, 30, 0, TimeSpan.FromHours(-5));

        var due = calendar.Add(friday, Hours(2));

        Assert.Equal(new DateTimeOffset(2026, 3, 9, 9, 30, 0, TimeSpan.FromHours(-4)), due);
        Assert.Equal(Hours(2), calendar.Between(friday, due));
    }

    [Fact]
    public void A_working_window_over_a_clock_change_lasts_what_the_clocks_say()
    {
        var calendar = new BusinessCalendar(new BusinessCalendarSettings
        {
            TimeZone = "America/New_York",
            WorkdayStart = new TimeOnly(0, 0),
            WorkdayEnd = new TimeOnly(6, 0),
            Holidays = [],
            WorkingWeekends = [new DateOnly(2026, 3, 8), new DateOnly(2026, 11, 1)],
        });
        var march8 = new DateTimeOffset(2026, 3, 8, 0, 0, 0, TimeSpan.Zero);
        var november1 = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

        // Clocks jump from 02:00 to 03:00 on 8 March and fall back from 02:00 to 01:00 on 1 November.
        Assert.Equal(Hours(5), calendar.Between(march8, march8.AddHours(20)));
        Assert.Equal(march8.AddHours(10), calendar.Add(march8, Hours(5)));
        Assert.Equal(Hours(7), calendar.Between(november1, november1.AddHours(20)));
        Assert.Equal(november1.AddHours(11), calendar.Add(november1, Hours(7)));
    }

    [Fact]
    public void An_opening_time_that_the_clocks_skip_opens_when_they_jump_and_a_repeated_one_at_its_first_occurrence()
    {
        var skipped = new BusinessCalendar(new BusinessCalendarSettings
        {
            TimeZone = "America/New_York",
            WorkdayStart = new TimeOnly(2, 30),
            WorkdayEnd = new TimeOnly(6, 0),
            WorkingWeekends = [new DateOnly(2026, 3, 8)],
        });
        var repeated = new BusinessCalendar(new BusinessCalendarSettings
        {
            TimeZone = "America/New_York",
            WorkdayStart = new TimeOnly(1, 30),
            WorkdayEnd = new TimeOnly(6, 0),
            WorkingWeekends = [new DateOnly(2026, 11, 1)],
        });
        var march8 = new DateTimeOffset(2026, 3, 8, 0, 0, 0, TimeSpan.Zero);
        var november1 = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

        // 03:00 EDT = 07:00 UTC; 01:30 EDT = 05:30 UTC, 06:00 EST = 11:00 UTC.
        Assert.Equal(march8.AddHours(7), skipped.Add(march8, TimeSpan.Zero));
        Assert.Equal(Hours(3), skipped.Between(march8, march8.AddHours(20)));
        Assert.Equal(november1.AddHours(5.5), repeated.Add(november1, TimeSpan.Zero));
        Assert.Equal(Hours(5.5), repeated.Between(november1, november1.AddHours(20)));
    }

    [Fact]
    public void Settings_bind_from_the_BusinessCalendar_section_and_configured_dates_add_to_the_2026_ones()
    {
        // Example dates, not the 2027 schedule (not published when this was written).
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["BusinessCalendar:TimeZone"] = "Asia/Urumqi",
            ["BusinessCalendar:WorkdayStart"] = "09:00",
            ["BusinessCalendar:WorkdayEnd"] = "18:00",
            ["BusinessCalendar:Holidays:0"] = "2027-01-01",
            ["BusinessCalendar:WorkingWeekends:0"] = "2027-02-06",
        }).Build();

        var settings = configuration.GetSection(BusinessCalendarSettings.Section).Get<BusinessCalendarSettings>()!;

        Assert.Equal("Asia/Urumqi", settings.TimeZone);
        Assert.Equal(new TimeOnly(9, 0), settings.WorkdayStart);
        Assert.Equal(new TimeOnly(18, 0), settings.WorkdayEnd);
        Assert.Contains(new DateOnly(2027, 1, 1), settings.Holidays);
        Assert.Contains(new DateOnly(2026, 10, 1), settings.Holidays);
        Assert.Contains(new DateOnly(2027, 2, 6), settings.WorkingWeekends);
        Assert.Contains(new DateOnly(2026, 10, 10), settings.WorkingWeekends);
        Assert.False(new BusinessCalendar(settings).IsWorkingDay(new DateOnly(2027, 1, 1)));
    }

    [Theory]
    [InlineData(17, 30, 8, 30, "WorkdayEnd")]
    [InlineData(8, 30, 8, 30, "WorkdayEnd")]
    public void A_workday_that_does_not_end_after_it_starts_is_refused(int startHour, int startMinute, int endHour, int endMinute, string named)
    {
        var settings = new BusinessCalendarSettings { WorkdayStart = new(startHour, startMinute), WorkdayEnd = new(endHour, endMinute) };

        var e = Assert.Throws<ArgumentException>(() => new BusinessCalendar(settings));
        Assert.Contains(named, e.Message);
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons", "unknown TimeZone")]
    [InlineData("", "TimeZone is required")]
    public void An_unknown_time_zone_is_refused(string zone, string message)
    {
        var e = Assert.Throws<ArgumentException>(() => new BusinessCalendar(new BusinessCalendarSettings { TimeZone = zone }));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void A_working_weekend_on_a_weekday_or_on_a_holiday_is_refused_as_a_typing_mistake()
    {
        var onFriday = new BusinessCalendarSettings { WorkingWeekends = [new DateOnly(2026, 10, 9)] };
        var onHoliday = new BusinessCalendarSettings { WorkingWeekends = [new DateOnly(2026, 10, 3)] };

        Assert.Contains("2026-10-09 is a Friday", Assert.Throws<ArgumentException>(() => new BusinessCalendar(onFriday)).Message);
        Assert.Contains("2026-10-03 is both", Assert.Throws<ArgumentException>(() => new BusinessCalendar(onHoliday)).Message);
    }
}
