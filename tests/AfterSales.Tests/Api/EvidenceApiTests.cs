using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using SkiaSharp;

namespace AfterSales.Tests.Api;

/// <summary>Evidence files (docs/api.md "Evidence files") through the real HTTP pipeline and the embedded file store.</summary>
[Collection(ApiCollection.Name)]
public sealed class EvidenceApiTests(ApiFixture api)
{
    [Fact]
    public async Task A_photo_is_kept_byte_for_byte_by_its_SHA_256_with_its_EXIF_time_and_place_and_a_thumbnail()
    {
        var w = await ApiWorld.Create(api);
        var t = await w.Open();
        var photo = SampleFiles.Photo();

        // The customer photographs the fault on its own ticket.
        var attached = await ApiWorld.Upload(w.Customer, t.Id, "Photo", photo, "密封圈.jpg");

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(photo)), attached.Sha256);
        Assert.Equal((AttachmentKind.Photo, "image/jpeg", photo.LongLength, "密封圈.jpg"), (attached.Kind, attached.ContentType, attached.Bytes, attached.FileName));
        Assert.StartsWith("user-", attached.UploadedBy);
        Assert.Equal(new DateTimeOffset(SampleFiles.TakenAt, TimeSpan.FromHours(8)), attached.TakenAt);
        Assert.Equal(SampleFiles.Latitude, attached.Location!.Latitude, 4);
        Assert.Equal(SampleFiles.Longitude, attached.Location.Longitude, 4);

        using var read = await w.Customer.GetAsync($"/api/attachments/{attached.Id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(photo, await read.Content.ReadAsByteArrayAsync());
        Assert.Equal($"\"{attached.Sha256}\"", read.Headers.ETag!.Tag);
        Assert.Equal("image/jpeg", read.Content.Headers.ContentType!.MediaType);

        // Asked again with its ETag: not sent again.
        using var again = new HttpRequestMessage(HttpMethod.Get, $"/api/attachments/{attached.Id}");
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{attached.Sha256}\""));
        Assert.Equal(HttpStatusCode.NotModified, (await w.Customer.SendAsync(again)).StatusCode);

        var thumbnail = await w.Manager.GetByteArrayAsync($"/api/attachments/{attached.Id}/thumbnail");
        using (var small = SKBitmap.Decode(thumbnail))
        {
            Assert.Equal(SKEncodedImageFormat.Jpeg, SKCodec.Create(new MemoryStream(thumbnail)).EncodedFormat);
            Assert.True(small.Width <= 320 && small.Height <= 320);
        }

        // The same bytes again: another attachment, the same file.
        var twice = await ApiWorld.Upload(w.Assistant, t.Id, "Photo", photo, "copy.jpg");
        Assert.NotEqual(attached.Id, twice.Id);
        Assert.Equal(attached.Sha256, twice.Sha256);
        var listed = await w.Assistant.GetAsync($"/api/tickets/{t.Id}/attachments").Ok<List<Attachment>>();
        Assert.Equal([attached.Id, twice.Id], listed.Select(a => a.Id));
        Assert.Equal(2, (await w.Manager.GetAsync($"/api/tickets/{t.Id}").Ok<TicketView>()).History.Count(h => h.Action == "Attach"));
    }

    [Fact]
    public async Task A_file_is_told_by_its_content_a_renamed_program_is_refused_and_more_than_20_MiB_is_413()
    {
        var w = await ApiWorld.Create(api);
        var t = await w.Open();

        var program = await ApiWorld.Send(w.Customer, t.Id, "Photo", SampleFiles.Program(), "photo.jpg");
        Assert.Equal(HttpStatusCode.BadRequest, program.StatusCode);
        Assert.Contains("API-FILE", await program.Content.ReadAsStringAsync());

        var big = new byte[21 * 1024 * 1024];
        "%PDF-1.4\n"u8.CopyTo(big);
        var tooLarge = await ApiWorld.Send(w.Assistant, t.Id, "Scan", big, "scan.pdf");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);

        var noKind = await ApiWorld.Send(w.Assistant, t.Id, "Selfie", SampleFiles.Pdf(), "scan.pdf");
        Assert.Equal(HttpStatusCode.BadRequest, noKind.StatusCode);

        // The PNG and the PDF pass; nothing of the refused ones is attached.
        Assert.Equal("image/png", (await ApiWorld.Upload(w.Customer, t.Id, "Photo", SampleFiles.Png(), "drum")).ContentType);
        Assert.Equal("application/pdf", (await ApiWorld.Upload(w.Assistant, t.Id, "Scan", SampleFiles.Pdf(), "report.png")).ContentType);
        Assert.Equal(2, (await w.Assistant.GetAsync($"/api/tickets/{t.Id}/attachments").Ok<List<Attachment>>()).Count);
    }

    [Fact]
    public async Task Who_may_not_read_the_ticket_may_not_read_or_add_its_files()
    {
        var w = await ApiWorld.Create(api);
        var t = await w.Open();
        var scan = await ApiWorld.Upload(w.Assistant, t.Id, "Scan", SampleFiles.Pdf(), "report.pdf");
        var stranger = api.As(Role.Customer, "user-other", customerId: "C-other");

        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/api/attachments/{scan.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/api/tickets/{t.Id}/attachments")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ApiWorld.Send(stranger, t.Id, "Photo", SampleFiles.Photo(), "x.jpg")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await w.Manager.GetAsync($"/api/attachments/{t.Id}.F99")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await w.Manager.GetAsync("/api/attachments/no-such-file")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await w.Manager.GetAsync($"/api/attachments/{scan.Id}/thumbnail")).StatusCode);
    }

    [Fact]
    public async Task R_TKT_6_and_R_TKT_10_name_files_of_the_ticket_and_a_photo_replaced_after_signing_shows_the_report_changed()
    {
        var w = await ApiWorld.Create(api);
        var t = await w.Open();
        await w.Command(w.Assistant, t.Id, "classify", new { category = "Breakdown", warrantySuspected = false });
        await w.Command(w.Assistant, t.Id, "assign", new { engineerId = w.EngineerId });
        await w.Command(w.Engineer, t.Id, "contact", new { notes = "called" });
        await w.Command(w.Engineer, t.Id, "phone-attempts", new { solved = false, notes = "no" });
        await w.Command(w.Manager, t.Id, "dispatch", new { engineerId = w.EngineerId, tools = new[] { "hydraulic pressure gauge", "multimeter", "torque wrench set" }, parts = Array.Empty<string>() });
        await w.Command(w.Engineer, t.Id, "arrival");
        object Findings(params string[] photos) => new
        {
            workingClothes = true, safetyPrecautions = true, rootCause = "pump seal worn", responsibility = "Company",
            photos, inspectionDone = true, hiddenFaultsFixed = Array.Empty<string>(), qualityNotes = Array.Empty<string>(),
        };

        await w.Engineer.Post($"/api/tickets/{t.Id}/site-findings", Findings("photo://seal.jpg")).Problem(HttpStatusCode.Conflict, "R-TKT-6");
        var photo = await ApiWorld.Upload(w.Engineer, t.Id, "Photo", SampleFiles.Photo(), "seal.jpg");
        await w.Command(w.Engineer, t.Id, "site-findings", Findings(photo.Id));
        await w.Command(w.Engineer, t.Id, "resolution", new { summary = "replaced the seal" });
        await w.Command(w.Engineer, t.Id, "report", new { workDone = "replaced the seal", partsUsed = new[] { "seal" } });
        var signed = await w.Command(w.Customer, t.Id, "report/signature", new { signedBy = "刘工长" });
        Assert.True(signed.Report!.MatchesSignature);
        Assert.Equal(photo.Sha256, Assert.Single(signed.Report.Content.Evidence!).Sha256);

        // Another picture in the photo's place after signing: the signed report no longer matches.
        var other = await ApiWorld.Upload(w.Engineer, t.Id, "Photo", SampleFiles.Photo(SKColors.Red), "seal-better.jpg", replaces: photo.Id);
        Assert.Equal(photo.Id, other.Id);
        Assert.NotEqual(photo.Sha256, other.Sha256);
        var changed = await w.Manager.GetAsync($"/api/tickets/{t.Id}").Ok<TicketView>();
        Assert.False(changed.Report!.MatchesSignature);

        await w.Command(w.Manager, t.Id, "report/approval", new { approved = true, comment = "ok" });
        await w.Assistant.Post($"/api/tickets/{t.Id}/report/filing", new { scanRef = photo.Id }).Problem(HttpStatusCode.Conflict, "R-TKT-10");
        var scan = await ApiWorld.Upload(w.Assistant, t.Id, "Scan", SampleFiles.Pdf(), "report.pdf");
        var filed = await w.Command(w.Assistant, t.Id, "report/filing", new { scanRef = scan.Id });
        Assert.Equal(scan.Id, filed.Report!.ScanRef);
    }

    [Fact]
    public async Task R_INS_4_a_commissioning_reports_scan_is_a_file_of_its_installation_read_by_whoever_may_read_the_site()
    {
        var w = await ApiWorld.Create(api);
        var sales = api.As(Role.SalesDepartment, "sales-sun");
        var siteId = await w.SiteWithMixer(sales);
        var scan = SampleFiles.Pdf("commissioning report, signed and stamped");

        using var form = new MultipartFormDataContent { { new StringContent("Scan"), "kind" }, { new ByteArrayContent(scan), "file", "commissioning.pdf" } };
        var attached = await (await sales.PostAsync($"/api/sites/{siteId}/installations/{w.Serial}/attachments", form)).Ok<Attachment>(HttpStatusCode.Created);

        Assert.Equal($"{siteId}:{w.Serial}:S1", attached.Id);
        Assert.Equal((siteId, w.Serial, (string?)null), (attached.SiteId, attached.MachineSerial, attached.TicketId));
        Assert.Equal(scan, await w.Customer.GetByteArrayAsync($"/api/attachments/{attached.Id}"));
        var stranger = api.As(Role.Customer, "user-other", customerId: "C-other");
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/api/attachments/{attached.Id}")).StatusCode);
        using var again = new MultipartFormDataContent { { new StringContent("Scan"), "kind" }, { new ByteArrayContent(scan), "file", "c.pdf" } };
        Assert.Equal(HttpStatusCode.Forbidden, (await w.Engineer.PostAsync($"/api/sites/{siteId}/installations/{w.Serial}/attachments", again)).StatusCode);
    }
}
