namespace AfterSales.Grains.Sla;

/// <summary>
/// The business calendar SLA clocks count in (configuration section "BusinessCalendar"): opening hours in
/// one time zone, weekends off, public holidays off, make-up working weekends (调休) on.
/// </summary>
/// <remarks>
/// Holidays and make-up days are published once a year, so the lists must be extended every year; a date not
/// listed is an ordinary weekday or weekend day. The configuration binder adds configured dates to the
/// defaults below (it appends to a list, it does not replace it), so configuring 2027 keeps 2026.
/// </remarks>
public sealed class BusinessCalendarSettings
{
    public const string Section = "BusinessCalendar";

    /// <summary>IANA time zone id in which days and opening hours are read.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    public TimeOnly WorkdayStart { get; set; } = new(8, 30);

    /// <summary>Closing time; must be after <see cref="WorkdayStart"/> (no shifts across midnight).</summary>
    public TimeOnly WorkdayEnd { get; set; } = new(17, 30);

    /// <summary>Every minute counts (24/7 service); days, hours and holidays are then ignored.</summary>
    public bool AlwaysOpen { get; set; }

    // 国务院办公厅关于2026年部分节假日安排的通知 (State Council General Office, 4 November 2025), as published
    // by Xinhua, e.g. https://politics.gmw.cn/2025-11/04/content_38391083.htm.

    /// <summary>Days off besides Saturdays and Sundays; default: the 2026 PRC public holidays.</summary>
    public List<DateOnly> Holidays { get; set; } =
    [
        // 元旦 New Year's Day: 1-3 January
        new(2026, 1, 1), new(2026, 1, 2), new(2026, 1, 3),
        // 春节 Spring Festival: 15-23 February
        new(2026, 2, 15), new(2026, 2, 16), new(2026, 2, 17), new(2026, 2, 18), new(2026, 2, 19),
        new(2026, 2, 20), new(2026, 2, 21), new(2026, 2, 22), new(2026, 2, 23),
        // 清明节 Qingming: 4-6 April
        new(2026, 4, 4), new(2026, 4, 5), new(2026, 4, 6),
        // 劳动节 Labour Day: 1-5 May
        new(2026, 5, 1), new(2026, 5, 2), new(2026, 5, 3), new(2026, 5, 4), new(2026, 5, 5),
        // 端午节 Dragon Boat Festival: 19-21 June
        new(2026, 6, 19), new(2026, 6, 20), new(2026, 6, 21),
        // 中秋节 Mid-Autumn Festival: 25-27 September
        new(2026, 9, 25), new(2026, 9, 26), new(2026, 9, 27),
        // 国庆节 National Day: 1-7 October
        new(2026, 10, 1), new(2026, 10, 2), new(2026, 10, 3), new(2026, 10, 4), new(2026, 10, 5),
        new(2026, 10, 6), new(2026, 10, 7),
    ];

    /// <summary>Saturdays and Sundays that are working days (调休 make-up days); default: those of 2026.</summary>
    public List<DateOnly> WorkingWeekends { get; set; } =
    [
        new(2026, 1, 4),   // Sunday, for 元旦
        new(2026, 2, 14),  // Saturday, for 春节
        new(2026, 2, 28),  // Saturday, for 春节
        new(2026, 5, 9),   // Saturday, for 劳动节
        new(2026, 9, 20),  // Sunday, for 国庆节
        new(2026, 10, 10), // Saturday, for 国庆节
    ];
}
