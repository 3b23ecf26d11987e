using AfterSales.GrainInterfaces.Machines;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Engineers;
using AfterSales.GrainInterfaces.Tickets;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.Cluster;

/// <summary>
/// Builds customers, engineers and tickets through the grains' own commands, and walks a ticket to a status,
/// so that each test starts where its rule applies. Ids are unique per scenario.
/// </summary>
public sealed class Scenario(IGrainFactory grains)
{
    public static readonly string[] TruckMixerKit = ["hydraulic pressure gauge", "multimeter", "torque wrench set"];

    private readonly string _tag = Guid.NewGuid().ToString("N")[..8];

    public string CustomerId => $"C-{_tag}";

    public string Serial => $"TM-{_tag}";

    public string EngineerId => $"E-{_tag}";

    public IGrainFactory Grains => grains;

    public Actor Engineer => People.Engineer(EngineerId);

    public ITicketGrain Ticket(string id) => grains.GetGrain<ITicketGrain>(id);

    public IEngineerGrain EngineerGrain(string id) => grains.GetGrain<IEngineerGrain>(id);

    public async Task<Scenario> WithCustomer(DateOnly? commissionedOn = null, string city = "Jinan", string region = "Shandong")
    {
        var customer = grains.GetGrain<ICustomerGrain>(CustomerId);
        await customer.Register(Assistant.By(new CustomerProfile("Shandong Jianye Concrete", region, "+86 531 1234567", null, city)));
        await customer.AddMachine(Assistant.By(new Machine(Serial, ProductLine.TruckMixer, "HTM1204", commissionedOn)));
        return this;
    }

    public async Task<EngineerView> AddEngineer(
        string id, int years = 5, bool training = true, ProductLine[]? lines = null, string[]? tools = null, string city = "Jinan") =>
        await EngineerGrain(id).Register(Manager.By(new EngineerProfile(
            $"Engineer {id}", years, training, lines ?? [ProductLine.TruckMixer], tools ?? TruckMixerKit, city)));

    public async Task<Scenario> WithEngineer(string city = "Jinan")
    {
        await AddEngineer(EngineerId, city: city);
        return this;
    }

    public Task<TicketView> Open(IntakeChannel channel = IntakeChannel.Telephone, Actor? by = null, string? key = null) =>
        Ticket($"T-{Guid.NewGuid():N}"[..14]).Open((by ?? Assistant).By(
            new OpenTicket(channel, CustomerId, Serial, "Drum does not rotate; hydraulic pump noisy"), key));

    /// <summary>A ticket walked through the code of conduct up to the given status.</summary>
    public async Task<TicketView> TicketAt(TicketStatus target, IntakeChannel channel = IntakeChannel.Telephone)
    {
        var view = await Open(channel);
        var t = Ticket(view.Id);
        var scan = "";
        var steps = new Func<Task<TicketView>>[]
        {
            () => t.Classify(Assistant.By(new Classification(TicketCategory.Breakdown, false))),
            () => t.Assign(Assistant.By(new Assignment(EngineerId))),
            () => t.RecordContact(Engineer.By(new ContactNote("called the site foreman"))),
            () => t.RecordPhoneAttempt(Engineer.By(new PhoneAttempt(false, "pump relief valve reset did not help"))),
            () => t.Dispatch(Manager.By(new DispatchOrder(EngineerId, TruckMixerKit, ["pump seal kit"]))),
            () => t.RecordArrival(Engineer.By(new Arrival())),
            async () => (await Attach(t, Engineer, AttachmentKind.Photo)).View,
            () => t.RecordSiteFindings(Engineer.By(Findings(view.Id))),
            () => t.Resolve(Engineer.By(new Resolution("replaced the pump seal"))),
            () => t.SubmitReport(Engineer.By(new ReportDraft("replaced pump seal, tested drum", ["pump seal kit"]))),
            () => t.SignReport(Customer(CustomerId).By(new ReportSignature("Foreman Liu", false, null))),
            () => t.ReviewReport(Manager.By(new ReportReview(true, "good work"))),
            async () =>
            {
                var attached = await Attach(t, Assistant, AttachmentKind.Scan);
                scan = attached.Id;
                return attached.View;
            },
            () => t.FileReport(Assistant.By(new ReportFiling(scan))),
            () => t.Confirm(Customer(CustomerId).By(new Confirmation(true, 5, "fast"))),
        };
        foreach (var step in steps)
        {
            if (view.Status == target)
            {
                break;
            }

            view = await step();
        }

        Assert.Equal(target, view.Status);
        return view;
    }

    /// <summary>Findings whose photos are, unless given, the ticket's first attachment (<see cref="Attach"/> a photo first).</summary>
    public static SiteFindings Findings(
        string ticketId, bool clothes = true, bool safety = true, Responsibility responsibility = Responsibility.Supplier,
        string[]? photos = null, bool inspection = true, string[]? qualityNotes = null) =>
        new(clothes, safety, "worn hydraulic pump seal", responsibility, photos ?? [$"{ticketId}.F1"], inspection,
            ["loose drum roller bolt tightened"], qualityNotes ?? ["seal batch 2025-11 wears early"]);

    /// <summary>
    /// Records a file as the ticket's evidence, as the HTTP layer does once its bytes are stored (the grain knows a file
    /// by its hash only; the upload itself has tests of its own).
    /// </summary>
    public static async Task<(string Id, TicketView View)> Attach(ITicketGrain t, Actor by, AttachmentKind kind, string? replaces = null)
    {
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Guid.NewGuid().ToByteArray()));
        var (name, type) = kind == AttachmentKind.Scan ? ("report-1.pdf", "application/pdf") : ("seal-1.jpg", "image/jpeg");
        var view = await t.Attach(by.By(new NewAttachment(kind, name, type, 48_213, sha, Replaces: replaces)));
        return (replaces ?? view.Attachments[^1].Id, view);
    }
}
