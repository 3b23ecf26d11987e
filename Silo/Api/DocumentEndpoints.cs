using AfterSales.Dashboard.App;
using AfterSales.Dashboard.App.Pages;
using AfterSales.Dashboard.Documents;
using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Sites;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Common;
using AfterSales.Persistence.ReadModels;
using AfterSales.Persistence.Storage.Files;
using AfterSales.Silo.Api.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace AfterSales.Silo.Api;

/// <summary>Printed documents (docs/api.md "Documents and exports"): the service report as PDF, and the page its QR code opens.</summary>
public static class DocumentEndpoints
{
    public static void MapDocuments(this RouteGroupBuilder api)
    {
        api.MapGet("/tickets/{id}/report.pdf", async (
                string id, string? lang, HttpContext http, IGrainFactory grains, IFileStore files, IStringLocalizer<Texts> texts, ReadModel readModel) =>
            {
                var ticket = await grains.Get<ITicketGrain>(id).Read(http.Actor());
                var report = ticket.Report ?? throw new NotFoundException("The service report of ticket", id);
                RequireLanguage(lang);
                var customer = await grains.Get<ICustomerGrain>(ticket.CustomerId).Get();
                var signature = ticket.Attachments.LastOrDefault(a => a.Kind == AttachmentKind.Signature && a.ContentType == "image/png");
                byte[]? drawing = null;
                if (signature is not null && await files.Open(signature.Sha256, http.RequestAborted) is { } stream)
                {
                    await using (stream)
                    {
                        using var copy = new MemoryStream();
                        await stream.CopyToAsync(copy, http.RequestAborted);
                        drawing = copy.ToArray();
                    }
                }

                var verify = $"{http.Request.Scheme}://{http.Request.Host}/verify/{Uri.EscapeDataString(id)}/{report.ContentSha256}";
                // The engineer who wrote it, by name beside the id (the directory's; the id alone for an account that is no engineer).
                var engineer = (await readModel.Names(OutboxKinds.Engineer, [report.WrittenBy])).GetValueOrDefault(report.WrittenBy);
                var pdf = ServiceReportPdf.Write(ticket, customer.Name, engineer, verify, drawing, texts, http.RequestServices.GetRequiredService<LocalTimes>());
                return TypedResults.File(pdf, FileTypes.Pdf, $"service-report-{id}.pdf");
            })
            .WithTags("Documents")
            .Runs(TicketOperation.Get, "getServiceReportPdf", "The service report as PDF, in duplicate",
                "The original and the customer's copy, each marked; labels in lang (zh or en, else the caller's language); a QR code of /verify/{ticketId}/{sha256}.")
            .AnswersFile(FileTypes.Pdf);

        api.MapGet("/sites/{id}/installations/{serial}/commissioning.pdf", async (
                string id, string serial, string? lang, HttpContext http, IGrainFactory grains, IStringLocalizer<Texts> texts) =>
            {
                var site = await grains.Get<IInstallationSiteGrain>(id).Read(http.Actor());
                var installation = site.Installations.FirstOrDefault(i => i.MachineSerial == serial)
                    ?? throw new NotFoundException($"Installation at site {id}", serial);
                var record = installation.Commissioning ?? throw new NotFoundException("The commissioning report of", serial);
                RequireLanguage(lang);
                var customer = await grains.Get<ICustomerGrain>(site.CustomerId).Get();
                var verify = $"{http.Request.Scheme}://{http.Request.Host}/verify/{Uri.EscapeDataString($"{id}:{serial}")}/{record.Sha256}";
                var pdf = CommissioningReportPdf.Write(site, installation, customer.Name, verify, texts, http.RequestServices.GetRequiredService<LocalTimes>());
                return TypedResults.File(pdf, FileTypes.Pdf, $"commissioning-{serial}.pdf");
            })
            .WithTags("Documents")
            .Runs(SiteOperation.Get, "getCommissioningPdf", "The commissioning report as PDF, in duplicate",
                "The original and the customer's copy, each marked; labels in lang (zh or en); a QR code of its verification page.")
            .AnswersFile(FileTypes.Pdf);
    }

    /// <summary>
    /// A document is printed in zh or en: the request's language, which request localization already took from
    /// <c>?lang=</c> (else the cookie, else the browser's); any other <c>lang</c> is refused, not ignored.
    /// </summary>
    private static void RequireLanguage(string? lang)
    {
        if (lang is not (null or "zh" or "en"))
        {
            throw new InvalidInputException("API-LANG", "lang", Sentence.Of("refusal.api.lang", "lang is zh or en."));
        }
    }

    /// <summary>GET /verify/{ticketId}/{sha256}: anonymous; 200 when a report with this fingerprint exists, else 404.</summary>
    public static void MapVerification(this IEndpointRouteBuilder app) =>
        app.MapGet("/verify/{ticketId}/{sha256}", async (string ticketId, string sha256, IGrainFactory grains) =>
            {
                // A ticket's report, or a site's machine's commissioning (its site's id and the serial).
                var result = ticketId.Length > 130 || !EvidenceFile.IsSha256(sha256)
                    ? new ReportVerification(false, false, null, null)
                    : ticketId.Split(':') is [var siteId, var serial]
                        ? await grains.Get<IInstallationSiteGrain>(siteId).Verify(serial, sha256)
                        : await grains.Get<ITicketGrain>(ticketId).Verify(sha256);
                return new RazorComponentResult<VerifyPage>(new Dictionary<string, object?>
                {
                    [nameof(VerifyPage.TicketId)] = ticketId, [nameof(VerifyPage.Sha256)] = sha256, [nameof(VerifyPage.Result)] = result,
                })
                {
                    StatusCode = result.Found ? StatusCodes.Status200OK : StatusCodes.Status404NotFound,
                };
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
}
