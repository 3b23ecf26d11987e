using AfterSales.GrainInterfaces.Tickets;
using static AfterSales.Seeder.DemoPeople;

namespace AfterSales.Seeder;

/// <summary>The site visit: dispatch by the manager with the kit (R-TKT-5, R-ENG-2), arrival, findings (R-TKT-6), escalation (R-TKT-7).</summary>
public sealed partial class TicketPlanner
{
    private StoryContext Site(StoryContext ctx, DateTimeOffset clockStart)
    {
        var (story, v) = (ctx.Story, ctx.Visit);
        var engineer = Engineer(v.EngineerId);
        var kit = world.Kits[v.ProductLine].ToList();
        var parts = f.Random.ListItems(DemoTexts.Parts[v.ProductLine], f.Random.Int(0, 2)).ToList();
        story.After(Minutes(10, 60), "dispatch", t => t.Dispatch(Manager.By(new DispatchOrder(v.EngineerId, kit, parts))));

        // R-TKT-5: on site within 24 business hours in the engineer's city, 48 outside it; mostly within a day.
        var late = f.Random.Bool(year.LateShare(clockStart));
        var target = v.SameCity ? 24 : 48;
        var onTime = clockStart + Hours(2, v.SameCity ? 22 : 34);
        var arrival = late ? calendar.Add(clockStart, Hours(target + 1, target + 8))
            : onTime > story.Cursor ? onTime : story.Next(Minutes(30, 90));
        // R-MCH-3: the engineer reads the machine's hours on arrival.
        var serial = ctx.Serial;
        story.At(arrival, "arrival", t => t.RecordArrival(engineer.By(new Arrival(hours.At(serial, arrival)))));

        var responsibility = f.Random.Weighted(
            [Responsibility.Company, Responsibility.Supplier, Responsibility.Customer, Responsibility.Dealer], [0.35f, 0.25f, 0.3f, 0.1f]);
        var photos = responsibility is Responsibility.Company or Responsibility.Supplier || f.Random.Bool(0.3f) ? 2 : 0;
        List<string> notes = f.Random.Bool(0.3f) ? [f.PickRandom(DemoTexts.QualityNotes)] : [];
        var findings = new SiteFindings(
            true, true, f.PickRandom(DemoTexts.RootCauses), responsibility, [], true,
            f.Random.Bool(0.4f) ? ["loose bolts tightened"] : [], notes);
        // R-TKT-6: the photos are taken on site, uploaded from the engineer's phone, then named by the findings.
        story.After(Minutes(20, 90), "findings", async t =>
        {
            var ids = new List<string>();
            for (var i = 0; i < photos; i++)
            {
                ids.Add((await t.Attach(engineer.By(DemoFiles.Photo(i)))).Attachments[^1].Id);
            }

            return await t.RecordSiteFindings(engineer.By(findings with { Photos = ids }));
        });

        if (f.Random.Bool(v.ProductLine == GrainInterfaces.Common.ProductLine.TruckMixer ? 0.05f : 0.12f))
        {
            var reason = f.PickRandom(DemoTexts.EscalationReasons);
            story.After(Minutes(30, 120), "escalate", t => t.Escalate(engineer.By(new EscalationRequest(reason))))
                .At(calendar.Add(story.Cursor, Hours(2, 30)), "answer", t => t.AnswerEscalation(TechDept.By(new EscalationAnswer("follow the revised procedure; parts sent"))));
        }

        var summary = $"fixed: {findings.RootCause}";
        story.After(Hours(1, 5), "resolve", t => t.Resolve(engineer.By(new Resolution(summary))));
        return ctx with { LateService = ctx.LateService || late };
    }
}
