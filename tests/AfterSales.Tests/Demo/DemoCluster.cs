using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Grains.Tickets;
using AfterSales.Grains.Sla;
using AfterSales.Seeder;
using AfterSales.Silo.Hosting;
using AfterSales.Persistence.ReadModels;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using AfterSales.Tests.Cluster;
using Orleans.TestingHost;

namespace AfterSales.Tests.Demo;

/// <summary>
/// A one-silo TestCluster wired as seed-demo wires the real host: the historic clock, no deadline watch, grain state
/// held in the seed's write buffer over the service's durable storage (a SQLite file of the test's own) until the flush.
/// </summary>
public sealed class DemoCluster : IDisposable
{
    /// <summary>The reduced size the tests seed: every kind of data, a tenth of the tickets.</summary>
    public static readonly DemoSize Size = new(Customers: 40, Engineers: 12, Stations: 4, Tickets: 400, SurveysPerMonth: 12, QualityVisitsPerMonth: 3);

    private readonly Lazy<Task<DemoSummary>> _seeded;

    public DemoCluster()
    {
        Cluster = new TestClusterBuilder(1).WithDatabase().AddSiloBuilderConfigurator<SiloConfigurator>().Build();
        Cluster.Deploy();
        _seeded = new(SeedAndFlush);
    }

    /// <summary>The name of the storage behind the seed's write buffer, as in the real seed host.</summary>
    public const string Durable = "durable";

    public CountingProgress Progress { get; } = new();

    /// <summary>The seed and its flush, run once for all the tests of the class.</summary>
    public Task<DemoSummary> Seeded => _seeded.Value;

    /// <summary>How many grains the write buffer held when the seed ended, before the flush.</summary>
    public int PendingAtFlush { get; private set; }

    /// <summary>Ticket ids of the seed, and whether the durable storage held each one's state before the flush.</summary>
    public IReadOnlyDictionary<string, bool> DurableBeforeFlush { get; private set; } = new Dictionary<string, bool>();

    public SeedWriteBuffer Buffer => SiloServices.GetRequiredService<SeedWriteBuffer>();

    public IGrainStorage DurableStorage => SiloServices.GetRequiredKeyedService<IGrainStorage>(Durable);

    private IServiceProvider SiloServices => ((InProcessSiloHandle)Cluster.Primary!).SiloHost.Services;

    public TestCluster Cluster { get; }

    public IGrainFactory Grains => Cluster.GrainFactory;

    public static BusinessCalendar Calendar { get; } = new(new BusinessCalendarSettings());

    public void Dispose() => Cluster.StopAllSilos();

    public async Task<GrainState<TicketState>> DurableTicket(string id)
    {
        var state = new GrainState<TicketState>();
        await DurableStorage.ReadStateAsync("ticket", Grains.GetGrain<ITicketGrain>(id).GetGrainId(), state);
        return state;
    }

    private async Task<DemoSummary> SeedAndFlush()
    {
        var summary = await new DemoSeeder(Grains, Calendar, Size, Progress).Run();
        PendingAtFlush = Buffer.Pending;
        var before = new Dictionary<string, bool>();
        foreach (var id in summary.TicketIds)
        {
            before[id] = (await DurableTicket(id)).RecordExists;
        }

        DurableBeforeFlush = before;
        await Buffer.Flush();
        await SiloServices.GetRequiredService<Projector>().CatchUp();
        return summary;
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            silo.AddAfterSalesStorage(TestStorage.Database(silo), s => s.AddSeedWriteBuffer());
            silo.UseSystemTextJsonGrainStorageSerializer();
            silo.Services.AddCodeOfConductRules(clock: new HistoricClock());
            }
    }
}
