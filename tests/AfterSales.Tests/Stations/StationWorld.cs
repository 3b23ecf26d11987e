using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Stations;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Stations;
using AfterSales.Tests.Cluster;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.Stations;

/// <summary>
/// Customers and stations in regions of their own (so tests never share a region and product line), made through
/// the grains' own commands.
/// </summary>
public sealed class StationWorld(IGrainFactory grains)
{
    private readonly string _tag = Guid.NewGuid().ToString("N")[..8];

    /// <summary>The receipt date of a ticket opened now: the rules' clock in Beijing.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(ClusterFixture.Clock.GetUtcNow().ToOffset(ClusterFixture.Beijing).DateTime);

    public string Region(string name) => $"{name}-{_tag}";

    public string StationId(string name) => $"S-{name}-{_tag}";

    public static Actor Station(string id) => new($"user-of-{id}", Role.ServiceStation, StationId: id);

    public IServiceStationGrain StationGrain(string id) => grains.GetGrain<IServiceStationGrain>(id);

    public IStationCoverageGrain Coverage(string region, ProductLine line) => grains.GetGrain<IStationCoverageGrain>(CoverageKey.For(region, line));

    public Task<StationView> Register(
        string id, string[] regions, DateOnly from, DateOnly to, ProductLine[]? lines = null, Actor? by = null, string? key = null) =>
        StationGrain(id).Register((by ?? Manager).By(
            new StationAgreement($"Station {id}", regions, lines ?? [ProductLine.TruckMixer], from, to), key));

    /// <summary>A customer in the region with one machine of the product line; the machine's serial is "M-" + the customer id.</summary>
    public async Task<string> Customer(string region, ProductLine line = ProductLine.TruckMixer)
    {
        var id = $"C-{Guid.NewGuid():N}"[..14];
        var customer = grains.GetGrain<ICustomerGrain>(id);
        await customer.Register(Assistant.By(new CustomerProfile($"Customer {id}", region, City: "Jinan")));
        await customer.AddMachine(Assistant.By(new Machine($"M-{id}", line, "model-1")));
        return id;
    }

    public ITicketGrain Ticket(string id) => grains.GetGrain<ITicketGrain>(id);

    public Task<TicketView> Open(string customerId, Actor? by = null) =>
        Ticket($"T-{Guid.NewGuid():N}"[..14]).Open((by ?? Assistant).By(
            new OpenTicket(IntakeChannel.Telephone, customerId, $"M-{customerId}", "Mixer drum does not turn")));
}
