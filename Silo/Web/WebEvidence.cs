using AfterSales.Dashboard.App;
using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Sites;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Silo.Api;
using AfterSales.Silo.Api.Files;
using AfterSales.Persistence.Storage.Files;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace AfterSales.Silo.Web;

/// <summary>
/// The ticket page's upload form (a phone's camera or a scanner's file): the same upload as the API's, its antiforgery
/// token checked from the form, then back to the ticket page. A refusal is a page (BrowserPage) like the others.
/// </summary>
public static class WebEvidence
{
    public static void MapWebEvidence(this IEndpointRouteBuilder app)
    {
        app.MapPost("/app/tickets/{id}/attachments", async (string id, HttpContext http, IAntiforgery antiforgery, IGrainFactory grains, IFileStore files) =>
            {
                await grains.Get<ITicketGrain>(id).Require(http.Actor(), TicketOperation.Attach);
                using var upload = await Read(http, antiforgery);
                await AttachmentEndpoints.Attach(id, upload, http, grains, files, upload.Field(FormValues.KeyName));
                // A photo taken beside the site findings goes back to them, to be picked; any other file to the evidence.
                var back = upload.Field("back") == "next-step" ? "next-step" : "evidence";
                return Results.Redirect($"/app/tickets/{Uri.EscapeDataString(id)}#{back}");
            })
            .RequireAuthorization()
            .WithMetadata(new RequestSizeLimitAttribute(FileUpload.MaxRequestBytes))
            .ExcludeFromDescription();

        app.MapPost("/app/sites/{id}/installations/{serial}/attachments", async (
                string id, string serial, HttpContext http, IAntiforgery antiforgery, IGrainFactory grains, IFileStore files) =>
            {
                await grains.Get<IInstallationSiteGrain>(id).Require(http.Actor(), SiteOperation.Attach);
                using var upload = await Read(http, antiforgery);
                await AttachmentEndpoints.AttachToInstallation(id, serial, upload, http, grains, files, upload.Field(FormValues.KeyName));
                return Results.Redirect($"/app/sites/{Uri.EscapeDataString(id)}");
            })
            .RequireAuthorization()
            .WithMetadata(new RequestSizeLimitAttribute(FileUpload.MaxRequestBytes))
            .ExcludeFromDescription();
    }

    private static async Task<UploadedFile> Read(HttpContext http, IAntiforgery antiforgery)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        await antiforgery.ValidateRequestAsync(http);
        return await FileUpload.FromForm(form, http.RequestAborted);
    }
}
