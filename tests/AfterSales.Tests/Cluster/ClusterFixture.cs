using AfterSales.Grains.CodeOfConduct;
using AfterSales.Grains.Sla;
using AfterSales.Silo.Api;
using AfterSales.Silo.Hosting;
using AfterSales.Persistence.ReadModels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace AfterSales.Tests.Cluster;

/// <summary>A real Orleans TestCluster (two silos) whose grains read time from a clock the tests move.</summary>
public sealed class ClusterFixture : IDisposable
{
    public static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    /// <summary>China Standard Time, the time zone of the default business calendar.</summary>
    public static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static readonly BusinessCalendar Calendar = new(new BusinessCalendarSettings());

    /// <summary>
    /// Moves the clock forward to a local time on the next Monday from which every weekday of the next
    /// <paramref name="days"/> days is a working day (no holiday).
    /// </summary>
    public static DateTimeOffset MoveToWorkingMonday(int hour, int minute = 0, int days = 5)
    {
        var day = DateOnly.FromDateTime(Clock.GetUtcNow().ToOffset(Beijing).DateTime).AddDays(1);
        bool Weekday(DateOnly d) => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
        while (day.DayOfWeek != DayOfWeek.Monday
            || !Enumerable.Range(0, days).Select(day.AddDays).Where(Weekday).All(Calendar.IsWorkingDay))
        {
            day = day.AddDays(1);
        }

        return MoveTo(new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), Beijing));
    }

    /// <summary>Moves the clock forward to the given instant (the clock never goes back).</summary>
    public static DateTimeOffset MoveTo(DateTimeOffset at)
    {
        Assert.True(at > Clock.GetUtcNow(), $"The test clock is already past {at}.");
        Clock.SetUtcNow(at);
        return at;
    }

    public ClusterFixture()
    {
        Cluster = new TestClusterBuilder(2).WithDatabase().AddSiloBuilderConfigurator<SiloConfigurator>().Build();
        Cluster.Deploy();
    }

    public TestCluster Cluster { get; }

    public IGrainFactory Grains => Cluster.GrainFactory;

    public void Dispose() => Cluster.StopAllSilos();

    /// <summary>The read models of this cluster (the first silo's).</summary>
    public ReadModel ReadModel => Cluster.Service<ReadModel>();

    /// <summary>The reports of the API over this cluster's read models.</summary>
    public ReportQueries Reports => new(ReadModel, Grains, Clock, Calendar);

    /// <summary>
    /// The silo of a test cluster: the service's storage (grain state with its outbox, idempotency, read models) on the
    /// cluster's SQLite file, with the production serializer; the rules on a fake clock (no deadline watch: tests review the SLA clocks themselves).
    /// </summary>
    public static void Configure(ISiloBuilder silo, TimeProvider clock)
    {
        silo.AddAfterSalesStorage(TestStorage.Database(silo));
        silo.UseSystemTextJsonGrainStorageSerializer();
        silo.Services.AddCodeOfConductRules(clock: clock);
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo) => ClusterFixture.Configure(silo, Clock);
    }
}
