using AfterSales.GrainInterfaces.Tickets;
using static AfterSales.Seeder.DemoPeople;

namespace AfterSales.Seeder;

/// <summary>The report (R-TKT-8..10) and the customer's confirmation, with a few reopened tickets (R-TKT-11).</summary>
public sealed partial class TicketPlanner
{
    private StoryContext PhoneReport(StoryContext ctx)
    {
        var engineer = Engineer(ctx.Visit.EngineerId);
        ctx.Story.After(Minutes(10, 90), "report", t => t.SubmitReport(engineer.By(new ReportDraft("solved by phone with the operator", []))));
        return Approve(ctx);
    }

    // R-TKT-9: the customer signs (and rates) a site report, or refuses and it is disputed; R-TKT-10: some are returned.
    private StoryContext SiteReport(StoryContext ctx)
    {
        var story = ctx.Story;
        var engineer = Engineer(ctx.Visit.EngineerId);
        var parts = f.Random.ListItems(DemoTexts.Parts[ctx.Visit.ProductLine], f.Random.Int(0, 2)).ToList();
        var draft = new ReportDraft("inspected the whole machine, repaired the fault, tested under load", parts);
        story.After(Minutes(15, 90), "report", t => t.SubmitReport(engineer.By(draft)));
        Sign(ctx);
        if (f.Random.Bool(0.04f))
        {
            story.At(calendar.Add(story.Cursor, Hours(1, 20)), "return", t => t.ReviewReport(Manager.By(new ReportReview(false, "补充零件编号 / add the part numbers"))))
                .After(Hours(1, 8), "report again", t => t.SubmitReport(engineer.By(draft with { WorkDone = draft.WorkDone + "; part numbers added" })));
            Sign(ctx);
        }

        return Approve(ctx);
    }

    private void Sign(StoryContext ctx)
    {
        var customer = Customer(ctx.CustomerId);
        var at = ctx.Story.Next(Minutes(5, 60));
        var signature = f.Random.Bool(0.03f)
            ? new ReportSignature(null, true, "不同意责任划分 / disagrees on responsibility")
            : new ReportSignature(f.PickRandom(DemoTexts.Signers), false, null, year.Score(f, at, ctx.LateService));
        ctx.Story.At(at, "sign", t => t.SignReport(customer.By(signature)));
    }

    private StoryContext Approve(StoryContext ctx)
    {
        var story = ctx.Story;
        story.At(calendar.Add(story.Cursor, Hours(1, 20)), "approve", t => t.ReviewReport(Manager.By(new ReportReview(true, "ok"))))
            .At(calendar.Add(story.Cursor, Hours(0.5, 8)), "file", async t =>
            {
                // R-TKT-10: the signed paper report's scan is uploaded, then the report is filed with it.
                var scan = (await t.Attach(Assistant.By(DemoFiles.Scan()))).Attachments[^1].Id;
                return await t.FileReport(Assistant.By(new ReportFiling(scan)));
            })
            .After(Minutes(10, 120), "reply", t => t.ReplyToCustomer(Assistant.By(new CustomerReply("您的设备已修复 / your machine is repaired"))));
        return ctx;
    }

    // R-TKT-11: closed on the customer's confirmation; "not solved" reopens, and the next round starts at the phone.
    private void Close(StoryContext ctx)
    {
        var story = ctx.Story;
        var at = story.Next(Hours(2, 72));
        var confirmer = f.Random.Bool(0.85f) ? Customer(ctx.CustomerId) : Assistant;
        if (ctx.Reopened || !f.Random.Bool(0.02f))
        {
            var rating = year.Score(f, at, ctx.LateService);
            story.At(at, "confirm", t => t.Confirm(confirmer.By(new Confirmation(true, rating, rating >= 4 ? "满意 / satisfied" : "一般 / so-so"))));
            return;
        }

        var low = f.Random.Int(1, 3);
        story.At(at, "not solved", t => t.Confirm(confirmer.By(new Confirmation(false, low, "问题又出现了 / the fault is back"))));
        var engineer = Engineer(ctx.Visit.EngineerId);
        story.After(Hours(1, 4), "phone again", t => t.RecordPhoneAttempt(engineer.By(new PhoneAttempt(false, "the fault is back; site visit needed"))));
        Close(SiteReport(Site(ctx with { Reopened = true }, at)));
    }
}
