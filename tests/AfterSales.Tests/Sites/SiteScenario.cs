using AfterSales.GrainInterfaces.Machines;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Sites;
using AfterSales.Grains.Sites;
using AfterSales.Tests.Cluster;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.Sites;

/// <summary>
/// A customer with a truck mixer and a batching plant, neither commissioned, a site of that customer, and an engineer
/// qualified for both product lines; made through the grains' own commands. Ids are unique per scenario.
/// </summary>
public sealed class SiteScenario
{
    public static readonly Actor Installer = new("installer-ma", Role.InstallationTeam);
    public static readonly Actor FieldDirector = new("director-gao", Role.FieldDirector);

    public static readonly CommissioningReport MixerReport = new(
        [new PartySignature(SigningParty.Driver, "司机 刘师傅"), new PartySignature(SigningParty.Customer, "客户代表 王经理")], []);

    /// <summary>The plant's report, its scan the installation's first file (<see cref="InstallPlant"/> uploads it).</summary>
    public CommissioningReport PlantReport => new(
        [new PartySignature(SigningParty.Company, "现场总监 高工"), new PartySignature(SigningParty.Customer, "客户代表 王经理")],
        [new PartyStamp(SigningParty.Company), new PartyStamp(SigningParty.Customer)],
        $"{SiteId}:{PlantSerial}:S1");

    private SiteScenario(IGrainFactory grains) => World = new Scenario(grains);

    public Scenario World { get; }

    public string SiteId => $"S-{World.CustomerId}";

    public string MixerSerial => World.Serial;

    public string PlantSerial => $"BP-{World.CustomerId}";

    public IInstallationSiteGrain Site => World.Grains.GetGrain<IInstallationSiteGrain>(SiteId);

    public ICustomerGrain Customer => World.Grains.GetGrain<ICustomerGrain>(World.CustomerId);

    public IMachineGrain Machine(string serial) => World.Grains.GetGrain<IMachineGrain>(serial);

    public static async Task<SiteScenario> Create(IGrainFactory grains)
    {
        var s = new SiteScenario(grains);
        await s.World.WithCustomer(commissionedOn: null);
        await s.Customer.AddMachine(Assistant.By(new Machine(s.PlantSerial, ProductLine.BatchingPlant, "HZS180")));
        await s.World.AddEngineer(s.World.EngineerId, lines: [ProductLine.TruckMixer, ProductLine.BatchingPlant]);
        await s.Site.Register(Assistant.By(new SiteProfile(s.World.CustomerId, "济南市历城区工业北路 88 号", "Shandong")));
        return s;
    }

    public Task<SiteView> InstallMixer() => Site.Install(Sales.By(new NewInstallation(MixerSerial, ProductLine.TruckMixer)));

    /// <summary>The plant installed, and the scan of its signed and stamped commissioning report uploaded (R-INS-4).</summary>
    public async Task<SiteView> InstallPlant()
    {
        await Site.Install(Installer.By(new NewInstallation(PlantSerial, ProductLine.BatchingPlant)));
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Guid.NewGuid().ToByteArray()));
        return await Site.Attach(PlantSerial, FieldDirector.By(new GrainInterfaces.Tickets.NewAttachment(
            GrainInterfaces.Tickets.AttachmentKind.Scan, "commissioning-plant-1.pdf", "application/pdf", 91_422, sha)));
    }

    public Task<SiteView> CommissionMixer() => Site.Commission(MixerSerial, Sales.By(MixerReport));

    public static AcceptanceChecklist FullChecklist(ProductLine line = ProductLine.BatchingPlant) =>
        new([.. InstallationSettings.DefaultChecklists[line].Select(i => new AcceptanceItem(i, true))]);

    /// <summary>The plant installed, accepted on the full GB checklist, ready to be commissioned.</summary>
    public async Task<SiteView> AcceptedPlant()
    {
        await InstallPlant();
        return await Site.RecordAcceptance(PlantSerial, FieldDirector.By(FullChecklist()));
    }

    public NewTraining Training(
        TrainingPlace place = TrainingPlace.CustomerSite, string[]? serials = null, string? engineerId = null,
        string plan = "Day 1 operation, day 2 daily maintenance", string[]? materials = null, string[]? attendees = null) =>
        new(place, engineerId ?? World.EngineerId, serials ?? [MixerSerial], plan,
            materials ?? ["Product Operation Manual HTM1204", "Customer Training Material (truck mixer)"],
            attendees ?? ["司机 张三", "司机 李四"]);

    public async Task<Installation> InstallationOf(string serial) =>
        (await Site.Get()).Installations.Single(i => i.MachineSerial == serial);
}
