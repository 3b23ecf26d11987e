using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Sla;
using Bogus;
using static AfterSales.Seeder.DemoPeople;

namespace AfterSales.Seeder;

/// <summary>
/// Plans each ticket's life through the code of conduct: intake (R-TKT-1), classification (R-TKT-2), assignment to
/// a qualified engineer (R-ENG-1), first contact mostly within two business hours (R-TKT-3), telephone first
/// (R-TKT-4), then a site visit, the report and the customer's confirmation. All randomness comes from one Faker.
/// </summary>
public sealed partial class TicketPlanner(Faker f, BusinessCalendar calendar, DemoWorld world, DemoYear year, string runTag, DemoHours hours)
{
    private readonly float[] _customerWeights = [.. world.Customers.Select(c => c.Weight)];
    private readonly Dictionary<string, string> _stationOfRegion =
        world.Stations.SelectMany(s => s.Agreement.Regions.Select(r => (r, s.Id))).ToDictionary(x => x.r, x => x.Id);

    public TicketStory Plan(int n)
    {
        var id = $"T-{runTag}-{n:00000}";
        var customer = f.Random.Weighted([.. world.Customers], _customerWeights);
        var machine = f.PickRandom<GrainInterfaces.Customers.Machine>(customer.Machines);
        var engineer = PickEngineer(machine.ProductLine, customer.Profile.City);
        var visit = new SiteVisit(engineer.Id, machine.ProductLine, engineer.Profile.HomeCity == customer.Profile.City);
        var story = new StoryBuilder(id, year.ReceiptTime(f));

        var requisition = f.Random.Bool(0.07f);
        var channel = requisition
            ? IntakeChannel.SiteRequisition
            : f.Random.Weighted(
                [IntakeChannel.Telephone, IntakeChannel.Email, IntakeChannel.WarrantyClaimForm, IntakeChannel.Fax, IntakeChannel.Letter],
                [0.55f, 0.16f, 0.19f, 0.06f, 0.04f]);
        var opener = requisition ? Engineer(engineer.Id)
            : _stationOfRegion.TryGetValue(customer.Profile.Region, out var station) && f.Random.Bool(0.4f) ? Station(station)
            : channel == IntakeChannel.Email && f.Random.Bool(0.3f) ? Customer(customer.Id)
            : Assistant;
        var category = channel == IntakeChannel.WarrantyClaimForm
            ? TicketCategory.WarrantyClaim
            : f.Random.Weighted(
                [TicketCategory.Breakdown, TicketCategory.PartsRequest, TicketCategory.InstallationProblem, TicketCategory.TrainingRequest, TicketCategory.Consultation],
                [0.62f, 0.12f, 0.08f, 0.06f, 0.12f]);
        var fault = f.PickRandom(DemoTexts.Faults[machine.ProductLine]);
        var warrantySuspected = category == TicketCategory.WarrantyClaim || f.Random.Bool(0.15f);
        var receivedAt = story.Cursor;

        story.At(receivedAt, "open", t => t.Open(opener.By(new OpenTicket(channel, customer.Id, machine.Serial, fault))))
            .After(Minutes(5, 25), "classify", t => t.Classify(Assistant.By(new Classification(category, warrantySuspected))))
            .After(Minutes(2, 15), "assign", t => t.Assign(Assistant.By(new Assignment(engineer.Id))));

        var ctx = new StoryContext(story, customer.Id, visit, receivedAt, LateService: false, Serial: machine.Serial);
        if (!requisition)
        {
            ctx = FirstContact(ctx, category);
            if (ctx.SolvedByPhone)
            {
                Close(PhoneReport(ctx));
                return Finish(story);
            }
        }

        Close(SiteReport(Site(ctx, receivedAt)));
        return Finish(story);
    }

    // R-TKT-3: first contact within two business hours, mostly; R-TKT-4: telephone first.
    private StoryContext FirstContact(StoryContext ctx, TicketCategory category)
    {
        var engineer = Engineer(ctx.Visit.EngineerId);
        var late = f.Random.Bool(year.LateShare(ctx.ReceivedAt));
        var contactAt = calendar.Add(ctx.ReceivedAt, late ? Hours(2.2, 9) : Minutes(10, 110));
        var solved = f.Random.Bool(category switch
        {
            TicketCategory.Consultation or TicketCategory.TrainingRequest => 0.8f,
            TicketCategory.PartsRequest => 0.5f,
            _ => 0.22f,
        });
        var note = f.PickRandom(DemoTexts.ContactNotes);
        ctx.Story.At(contactAt, "contact", t => t.RecordContact(engineer.By(new ContactNote(note))))
            .After(Minutes(5, 45), "phone", t => t.RecordPhoneAttempt(engineer.By(new PhoneAttempt(
                solved, solved ? "guided the operator by phone; works again" : "reset over the phone did not help"))));
        return ctx with { LateService = late, SolvedByPhone = solved };
    }

    private DemoEngineer PickEngineer(ProductLine line, string? city)
    {
        var fit = world.Engineers.Where(e => e.Qualified && e.Profile.CertifiedProductLines.Contains(line)).ToList();
        var local = fit.Where(e => e.Profile.HomeCity == city).ToList();
        return local.Count > 0 && f.Random.Bool(0.65f) ? f.PickRandom(local) : f.PickRandom(fit);
    }

    // A few tickets stall (waiting for an answer, a signature, a confirmation); the newest are still under way anyway.
    private TicketStory Finish(StoryBuilder story) =>
        f.Random.Bool(0.015f) ? story.Build(f.Random.Int(3, story.Count - 1)) : story.Build();

    private TimeSpan Minutes(int from, int to) => TimeSpan.FromMinutes(f.Random.Int(from, to));

    private TimeSpan Hours(double from, double to) => TimeSpan.FromHours(f.Random.Double(from, to));
}
