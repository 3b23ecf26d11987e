using AfterSales.Grains.CodeOfConduct;
using AfterSales.Grains.Sla;
using AfterSales.Tests.Api;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AfterSales.Tests.Notifications;

/// <summary>
/// The service with e-mail to a real SMTP server (smtp-sink), a service manager's address, short polls, and its rules
/// (the SLA clocks, the retries) on a clock the tests move; starting on a working Monday, 09:00 in Beijing.
/// </summary>
public sealed class NotifyingApi : ApiFixture
{
    public const string ManagerAddress = "manager-wang@aftersales.example";
    private static readonly BusinessCalendar Calendar = new(new BusinessCalendarSettings());

    public NotifyingApi()
        : this(SmtpSink.Start())
    {
    }

    private NotifyingApi(SmtpSink sink)
        : base(new Dictionary<string, string>
        {
            ["Notifications__Smtp__Host"] = "127.0.0.1",
            ["Notifications__Smtp__Port"] = sink.Port.ToString(),
            ["Notifications__ServiceManagers__0"] = ManagerAddress,
            ["Notifications__BaseUrl"] = "https://service.example",
            ["Notifications__PollSeconds"] = "0.1",
            ["Sla__WatchSeconds"] = "0.1",
        }) => Sink = sink;

    /// <summary>Set before the service is built: field initializers run before the base constructor.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8)));

    public SmtpSink Sink { get; }

    protected override void ConfigureServices(IServiceCollection services) => services.AddKeyedSingleton<TimeProvider>(RulesClock.Key, Clock);

    /// <summary>Moves the clock to the next working day at <paramref name="hour"/> o'clock in Beijing.</summary>
    public DateTimeOffset NextWorkingDayAt(int hour)
    {
        var day = Calendar.LocalDate(Clock.GetUtcNow()).AddDays(1);
        while (!Calendar.IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8));
        Clock.SetUtcNow(at);
        return at;
    }

    public override void Dispose()
    {
        base.Dispose();
        Sink.Dispose();
    }
}
