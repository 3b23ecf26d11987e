using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Silo.Api;
using AfterSales.Silo.Api.Files;
using AfterSales.Silo.Storage.Files;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace AfterSales.Silo.Web;

/// <summary>
/// The ticket page's upload form (a phone's camera or a scanner's file): the same upload as the API's, its antiforgery
/// token checked from the form, then back to the ticket page. A refusal is a page (BrowserPage) like the others.
/// </summary>
public static class WebEvidence
{
    public static void MapWebEvidence(this IEndpointRouteBuilder app) =>
        app.MapPost("/app/tickets/{id}/attachments", async (string id, HttpContext http, IAntiforgery antiforgery, IGrainFactory grains, IFileStore files) =>
            {
                await grains.GetGrain<ITicketGrain>(id).Require(http.Actor(), TicketOperation.Attach);
                var form = await http.Request.ReadFormAsync(http.RequestAborted);
                await antiforgery.ValidateRequestAsync(http);
                using var upload = await FileUpload.FromForm(form, http.RequestAborted);
                await AttachmentEndpoints.Attach(id, upload, http, grains, files);
                return Results.Redirect($"/app/tickets/{Uri.EscapeDataString(id)}#evidence", permanent: false, preserveMethod: false);
            })
            .RequireAuthorization()
            .WithMetadata(new RequestSizeLimitAttribute(FileUpload.MaxRequestBytes))
            .ExcludeFromDescription();
}
