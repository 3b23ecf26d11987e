using System.Net;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Api;
using AfterSales.Tests.Durability;

namespace AfterSales.Tests.Browser;

/// <summary>Tickets served to closure with their ratings and survey results over past months, so the charts have data.</summary>
public sealed class DashboardWorld(SiloProcess silo)
{
    private readonly ProcessWorld _w = new(silo);

    public async Task Seed()
    {
        await _w.Seed();
        foreach (var (n, rating) in new[] { (1, 5), (2, 4), (3, 2) })
        {
            await Closed($"browser-{n}", rating);
        }

        var marketing = silo.Client(ProcessWorld.Token(Role.Marketing, "marketing-chen"));
        var now = DateTimeOffset.UtcNow;
        for (var month = 1; month <= 6; month++)
        {
            for (var i = 0; i < 5; i++)
            {
                var score = month % 3 == 0 && i < 2 ? 2 : 5; // every third month falls under 95%
                await marketing.Post("/api/surveys", new { customerId = "C-1", score, at = now.AddMonths(-month).AddDays(-i), engineerId = "E-1" })
                    .Ok<object>(HttpStatusCode.Created);
            }
        }
    }

    private async Task Closed(string key, int rating)
    {
        var id = (await _w.OpenClassified(key)).Id;
        async Task Do(HttpClient by, string path, object body) => await by.Post($"/api/tickets/{id}/{path}", body).Ok<TicketView>();
        await Do(_w.Assistant, "assign", new { engineerId = "E-1" });
        await Do(_w.Engineer, "contact", new { notes = "called" });
        await Do(_w.Engineer, "phone-attempts", new { solved = false });
        await Do(_w.Manager, "dispatch", new { engineerId = "E-1", tools = new[] { "hydraulic pressure gauge", "multimeter", "torque wrench set" }, parts = Array.Empty<string>() });
        await Do(_w.Engineer, "arrival", new { });
        await Do(_w.Engineer, "site-findings", new
        {
            workingClothes = true, safetyPrecautions = true, rootCause = "seal", responsibility = "Customer", photos = Array.Empty<string>(),
            inspectionDone = true, hiddenFaultsFixed = Array.Empty<string>(), qualityNotes = Array.Empty<string>(),
        });
        await Do(_w.Engineer, "resolution", new { summary = "fixed" });
        await Do(_w.Engineer, "report", new { workDone = "replaced pump seal", partsUsed = new[] { "seal" } });
        await Do(_w.Customer, "report/signature", new { signedBy = "Liu" });
        await Do(_w.Manager, "report/approval", new { approved = true, comment = "ok" });
        var scan = await ApiWorld.Upload(_w.Assistant, id, "Scan", SampleFiles.Pdf(key), $"{key}.pdf");
        await Do(_w.Assistant, "report/filing", new { scanRef = scan.Id });
        await Do(_w.Assistant, "reply", new { message = "已修复 / repaired" });
        await Do(_w.Customer, "confirmation", new { solved = true, rating, comment = "ok" });
    }
}
