using AfterSales.Grains.CodeOfConduct;
using AfterSales.Grains.Sla;
using AfterSales.Silo.Demo;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace AfterSales.Tests.Demo;

/// <summary>A one-silo TestCluster wired as seed-demo wires the real host: the historic clock, reminders deferred.</summary>
public sealed class DemoCluster : IDisposable
{
    /// <summary>The reduced size the tests seed: every kind of data, a tenth of the tickets.</summary>
    public static readonly DemoSize Size = new(Customers: 40, Engineers: 12, Stations: 4, Tickets: 400, SurveysPerMonth: 12, QualityVisitsPerMonth: 3);

    private readonly Lazy<Task<DemoSummary>> _seeded;

    public DemoCluster()
    {
        Cluster = new TestClusterBuilder(1).AddSiloBuilderConfigurator<SiloConfigurator>().Build();
        Cluster.Deploy();
        _seeded = new(() => new DemoSeeder(Grains, Calendar, Size, Progress).Run());
    }

    public CountingProgress Progress { get; } = new();

    /// <summary>The seed, run once for all the tests of the class.</summary>
    public Task<DemoSummary> Seeded => _seeded.Value;

    public TestCluster Cluster { get; }

    public IGrainFactory Grains => Cluster.GrainFactory;

    public static BusinessCalendar Calendar { get; } = new(new BusinessCalendarSettings());

    public void Dispose() => Cluster.StopAllSilos();

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            silo.AddMemoryGrainStorageAsDefault();
            silo.UseSystemTextJsonGrainStorageSerializer();
            silo.Services.AddCodeOfConductRules(clock: new HistoricClock());
            silo.UseInMemoryReminderService();
            silo.AddIncomingGrainCallFilter<HistoricRemindersDeferred>();
        }
    }
}
