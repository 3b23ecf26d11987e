using AfterSales.Tests.Tools;
using System.Diagnostics;
using System.Net;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using SkiaSharp;
using ZXing;
using ZXing.Common;

namespace AfterSales.Tests.Api;

/// <summary>The printed service report (docs/api.md "Documents and exports"), read back with poppler's pdftotext and pdftoppm.</summary>
[Collection(ApiCollection.Name)]
[Trait("Category", "Slow")]
public sealed class DocumentApiTests(ApiFixture api)
{
    [Fact]
    public async Task R_TKT_8_the_report_prints_in_duplicate_with_the_customer_in_Chinese_its_fingerprint_and_a_QR_code_of_its_verification()
    {
        var w = await ApiWorld.Create(api);
        var ticket = await SignedSiteReport(w);
        var report = ticket.Report!;

        var pdf = await w.Customer.GetAsync($"/api/tickets/{ticket.Id}/report.pdf?lang=zh");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var file = Path.Combine(Directory.CreateTempSubdirectory("aftersales-pdf-").FullName, "report.pdf");
        await File.WriteAllBytesAsync(file, await pdf.Content.ReadAsByteArrayAsync());

        Assert.All(await Duplicate(file), page =>
        {
            Assert.Contains(ticket.Id, page);
            Assert.Contains("济南建业混凝土有限公司", page);
            Assert.Contains(report.ContentSha256, page);
            Assert.Contains("刘工长", page);
            // The engineer who wrote it by name, beside the id (issue 23: names beside ids).
            Assert.Contains($"王工 ({w.EngineerId})", page);
        });

        // The QR code on the printed page reads as the verification page's address.
        var url = await ReadQrCode(file);
        Assert.EndsWith($"/verify/{ticket.Id}/{report.ContentSha256}", url);

        // The signature drawn on the phone is printed on both copies (pdfimages lists one image a page).
        var images = (await Run("pdfimages", "-list", file)).Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.Equal([1, 2], images.Select(l => int.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0])));

        var anyone = api.Anonymous();
        var path = new Uri(url).AbsolutePath;
        using var genuine = await anyone.GetAsync($"{path}?lang=en");
        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
        Assert.Contains("exists and is unchanged", await genuine.Content.ReadAsStringAsync());
        var wrong = $"/verify/{ticket.Id}/{new string('0', 64)}?lang=en";
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync(wrong)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync($"/verify/T-none/{report.ContentSha256}")).StatusCode);

        var english = Path.Combine(Path.GetDirectoryName(file)!, "en.pdf");
        await File.WriteAllBytesAsync(english, await w.Manager.GetByteArrayAsync($"/api/tickets/{ticket.Id}/report.pdf?lang=en"));
        var text = await Run("pdftotext", english, "-");
        Assert.Contains("Original", text);
        Assert.Contains("the customer's copy", text);
    }

    [Fact]
    public async Task Who_may_not_read_the_ticket_may_not_print_its_report_and_a_ticket_without_one_has_none()
    {
        var w = await ApiWorld.Create(api);
        var ticket = await SignedSiteReport(w);
        var stranger = api.As(Role.Customer, "user-other", customerId: "C-other");

        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/api/tickets/{ticket.Id}/report.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await w.Manager.GetAsync($"/api/tickets/{(await w.Open()).Id}/report.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await w.Manager.GetAsync($"/api/tickets/{ticket.Id}/report.pdf?lang=fr")).StatusCode);
    }

    [Fact]
    public async Task R_INS_1_the_commissioning_report_prints_in_duplicate_with_its_signatures_and_fingerprint_and_verifies()
    {
        var w = await ApiWorld.Create(api);
        var sales = api.As(Role.SalesDepartment, "sales-sun");
        var siteId = await w.SiteWithMixer(sales);
        Assert.Equal(HttpStatusCode.NotFound, (await w.Customer.GetAsync($"/api/sites/{siteId}/installations/{w.Serial}/commissioning.pdf")).StatusCode);
        var site = await sales.Post($"/api/sites/{siteId}/installations/{w.Serial}/commissioning", new
        {
            signatures = new[] { new { party = "Driver", name = "司机 刘师傅" }, new { party = "Customer", name = "王经理" } },
            stamps = Array.Empty<object>(),
        }).Ok<GrainInterfaces.Sites.SiteView>();
        var sha = site.Installations.Single().Commissioning!.Sha256!;

        var file = Path.Combine(Directory.CreateTempSubdirectory("aftersales-pdf-").FullName, "commissioning.pdf");
        await File.WriteAllBytesAsync(file, await w.Customer.GetByteArrayAsync($"/api/sites/{siteId}/installations/{w.Serial}/commissioning.pdf?lang=zh"));
        Assert.All(await Duplicate(file), page =>
        {
            Assert.Contains(w.Serial, page);
            Assert.Contains("司机 刘师傅", page);
            Assert.Contains("济南建业混凝土有限公司", page);
            Assert.Contains(sha, page);
        });

        var anyone = api.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await anyone.GetAsync($"/verify/{Uri.EscapeDataString($"{siteId}:{w.Serial}")}/{sha}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync($"/verify/{Uri.EscapeDataString($"{siteId}:{w.Serial}")}/{new string('a', 64)}")).StatusCode);
        var stranger = api.As(Role.Customer, "user-other", customerId: "C-other");
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/api/sites/{siteId}/installations/{w.Serial}/commissioning.pdf")).StatusCode);
    }

    [Fact]
    public async Task R_TKT_8_the_QR_code_reads_whatever_the_fingerprint()
    {
        // A printed address differs by its ticket and fingerprint only; every one must read back, not most of them.
        var folder = Directory.CreateTempSubdirectory("aftersales-qr-").FullName;
        var random = new Random(8);
        for (var i = 0; i < 40; i++)
        {
            var sha = Convert.ToHexStringLower(random.GetItems<byte>([.. Enumerable.Range(0, 256).Select(b => (byte)b)], 32));
            var url = $"http://127.0.0.1:{random.Next(30000, 60000)}/verify/T-2026-{random.Next(100000):D6}/{sha}";
            var file = Path.Combine(folder, $"report{i}.pdf");
            await File.WriteAllBytesAsync(file, AfterSales.Dashboard.Documents.PdfWriter.InDuplicate("服务报告", "T", url, key => key, _ => { }));
            Assert.Equal(url, await ReadQrCode(file));
        }
    }

    /// <summary>A ticket through the site visit with a photo as evidence to the customer's signature.</summary>
    public static async Task<TicketView> SignedSiteReport(ApiWorld w)
    {
        var t = await w.Open();
        await w.Command(w.Assistant, t.Id, "classify", new { category = "Breakdown", warrantySuspected = false });
        await w.Command(w.Assistant, t.Id, "assign", new { engineerId = w.EngineerId });
        await w.Command(w.Engineer, t.Id, "contact", new { notes = "called" });
        await w.Command(w.Engineer, t.Id, "phone-attempts", new { solved = false, notes = "no" });
        await w.Command(w.Manager, t.Id, "dispatch", new { engineerId = w.EngineerId, tools = new[] { "hydraulic pressure gauge", "multimeter", "torque wrench set" }, parts = Array.Empty<string>() });
        await w.Command(w.Engineer, t.Id, "arrival");
        var photo = await ApiWorld.Upload(w.Engineer, t.Id, "Photo", SampleFiles.Photo(), "seal.jpg");
        await w.Command(w.Engineer, t.Id, "site-findings", new
        {
            workingClothes = true, safetyPrecautions = true, rootCause = "液压泵密封圈磨损", responsibility = "Company",
            photos = new[] { photo.Id }, inspectionDone = true, hiddenFaultsFixed = Array.Empty<string>(), qualityNotes = Array.Empty<string>(),
        });
        await w.Command(w.Engineer, t.Id, "resolution", new { summary = "更换密封圈" });
        await w.Command(w.Engineer, t.Id, "report", new { workDone = "更换液压泵密封圈，试车正常 / replaced the pump seal, test run fine", partsUsed = new[] { "密封圈 P-4711" } });
        await ApiWorld.Upload(w.Engineer, t.Id, "Signature", SampleFiles.Png(), "signature.png");
        return await w.Command(w.Customer, t.Id, "report/signature", new { signedBy = "刘工长" });
    }

    /// <summary>The text of a PDF printed in Chinese, which is two pages: the original, then the customer's copy.</summary>
    private static async Task<string[]> Duplicate(string file)
    {
        var pages = (await Run("pdftotext", "-layout", file, "-")).Split('\f', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, pages.Length);
        Assert.Contains("正本", pages[0]);
        Assert.Contains("副本", pages[1]);
        return pages;
    }

    /// <summary>
    /// The text of the QR code on a PDF's first page, read as a phone's scanner does: it sees the page at several distances
    /// and thresholds each frame locally and globally. ZXing misses about one sharp code in 250 at any single resolution
    /// (150, 144, 300 and 600 dpi each have such misses) and reads those at another.
    /// </summary>
    private static async Task<string> ReadQrCode(string pdf)
    {
        var hints = new Dictionary<DecodeHintType, object> { [DecodeHintType.POSSIBLE_FORMATS] = new[] { BarcodeFormat.QR_CODE }, [DecodeHintType.TRY_HARDER] = true };
        foreach (var dpi in new[] { 150, 200, 100 })
        {
            var prefix = Path.Combine(Path.GetDirectoryName(pdf)!, $"{Path.GetFileNameWithoutExtension(pdf)}-{dpi}");
            await Run("pdftoppm", "-r", $"{dpi}", "-png", "-singlefile", "-f", "1", "-l", "1", pdf, prefix);
            using var bitmap = SKBitmap.Decode($"{prefix}.png");
            var source = new RGBLuminanceSource(bitmap.Bytes, bitmap.Width, bitmap.Height, bitmap.ColorType == SKColorType.Bgra8888
                ? RGBLuminanceSource.BitmapFormat.BGRA32 : RGBLuminanceSource.BitmapFormat.RGBA32);
            var result = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints)
                ?? new MultiFormatReader().decode(new BinaryBitmap(new GlobalHistogramBinarizer(source)), hints);
            if (result is not null)
            {
                return result.Text;
            }
        }

        throw new Xunit.Sdk.XunitException($"No QR code found on {pdf}.");
    }

    private static async Task<string> Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(RequiredTool.OnPath(program, "poppler-utils")) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program}: {await process.StandardError.ReadToEndAsync()}");
        return output;
    }
}
