using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Sites;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Silo.Api.Files;
using AfterSales.Persistence.Storage.Files;
using AfterSales.Silo.Api.OpenApi;
using Microsoft.AspNetCore.Mvc;
using System.Text.Json.Nodes;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;

namespace AfterSales.Silo.Api;

/// <summary>
/// Evidence files (docs/api.md "Evidence files"): uploaded as multipart, kept by their SHA-256 in the file store before the
/// ticket records them, read back byte for byte by whoever may read the ticket.
/// </summary>
public static class AttachmentEndpoints
{
    public static void MapAttachments(this RouteGroupBuilder api)
    {
        api.MapPost("/tickets/{id}/attachments", async (string id, HttpContext http, IGrainFactory grains, IFileStore files) =>
            {
                // Who may not add a file to this ticket is refused before the file is received.
                await grains.Get<ITicketGrain>(id).Require(http.Actor(), TicketOperation.Attach);
                using var upload = await FileUpload.Read(http.Request, http.RequestAborted);
                var attachment = await Attach(id, upload, http, grains, files, Caller.IdempotencyKey(http));
                return TypedResults.Created($"/api/attachments/{attachment.Id}", attachment);
            })
            .Upload(TicketOperation.Attach, "attachFile", "Upload an evidence file of a ticket",
                "multipart/form-data: file (JPEG, PNG, WebP or PDF by its content, at most 20 MiB), kind (Photo, Scan, Signature, Document), caption?, replaces? (an attachment id of the same kind).");

        api.MapPost("/sites/{id}/installations/{serial}/attachments", async (string id, string serial, HttpContext http, IGrainFactory grains, IFileStore files) =>
            {
                var site = grains.Get<IInstallationSiteGrain>(id);
                await site.Require(http.Actor(), SiteOperation.Attach);
                using var upload = await FileUpload.Read(http.Request, http.RequestAborted);
                var attachment = await AttachToInstallation(id, serial, upload, http, grains, files, Caller.IdempotencyKey(http));
                return TypedResults.Created($"/api/attachments/{attachment.Id}", attachment);
            })
            .Upload(SiteOperation.Attach, "attachInstallationFile", "Upload the scan of an installation's commissioning report (R-INS-4)",
                "multipart/form-data as for a ticket's files; the commissioning's scanRef then names it.");

        api.MapGet("/tickets/{id}/attachments", async (string id, HttpContext http, IGrainFactory grains) =>
                TypedResults.Ok((await grains.Get<ITicketGrain>(id).Read(http.Actor())).Attachments))
            .WithTags("Evidence files")
            .Runs(TicketOperation.Get, "listAttachments", "A ticket's evidence files", "Whoever may read the ticket.");

        api.MapGet("/attachments/{id}", async (string id, HttpContext http, IGrainFactory grains, IFileStore files) =>
            {
                var attachment = await Find(id, http, grains);
                var bytes = await files.Open(attachment.Sha256, http.RequestAborted)
                    ?? throw new NotFoundException("The file of attachment", id);
                return TypedResults.Stream(bytes, attachment.ContentType, attachment.FileName, entityTag: Tag(attachment.Sha256));
            })
            .WithTags("Evidence files")
            .Runs(TicketOperation.Get, "getAttachment", "An evidence file's bytes", "Exactly as uploaded; ETag is its SHA-256. Whoever may read its ticket.")
            .AnswersFile(FileTypes.Jpeg, FileTypes.All[1..]);

        api.MapGet("/attachments/{id}/thumbnail", async (string id, HttpContext http, IGrainFactory grains, IFileStore files) =>
            {
                var attachment = await Find(id, http, grains);
                await using var bytes = FileTypes.IsImage(attachment.ContentType) ? await files.Open(attachment.Sha256, http.RequestAborted) : null;
                var thumbnail = (bytes is null ? null : Thumbnails.Of(bytes)) ?? throw new NotFoundException("A thumbnail of attachment", id);
                return TypedResults.File(thumbnail, FileTypes.Jpeg, entityTag: Tag($"{attachment.Sha256}-{Thumbnails.MaxSide}"));
            })
            .WithTags("Evidence files")
            .Runs(TicketOperation.Get, "getAttachmentThumbnail", "A small JPEG of an image attachment", "Whoever may read its ticket.")
            .AnswersFile(FileTypes.Jpeg);
    }

    /// <summary>
    /// An upload becomes the ticket's evidence: its EXIF read, its bytes kept durably in the file store, then the one
    /// ticket command that names them (a file the ticket refuses stays unnamed). Used by the API (the key from its
    /// Idempotency-Key header) and the web app's form (the key the form was rendered with).
    /// </summary>
    public static async Task<Attachment> Attach(string ticketId, UploadedFile upload, HttpContext http, IGrainFactory grains, IFileStore files, string? key) =>
        await Attach(upload, http, files, new FileOwner(FileOwner.Ticket, ticketId),
            async file => (await grains.Get<ITicketGrain>(ticketId).Attach(http.Actor().By(file, key))).Attachments);

    public static async Task<Attachment> AttachToInstallation(
        string siteId, string serial, UploadedFile upload, HttpContext http, IGrainFactory grains, IFileStore files, string? key) =>
        await Attach(upload, http, files, new FileOwner(FileOwner.Site, siteId), async file =>
            (await grains.Get<IInstallationSiteGrain>(siteId).Attach(serial, http.Actor().By(file, key))).Installations.First(i => i.MachineSerial == serial).Attachments!);

    /// <summary>
    /// An upload becomes its owner's evidence: its EXIF read, its bytes kept durably in the file store, then the one
    /// command of the owner (<paramref name="record"/>) that names them. The ledger hears of the upload before the
    /// bytes are kept and of the naming after the command: a file refused stays unnamed, and is deleted after a day.
    /// </summary>
    private static async Task<Attachment> Attach(
        UploadedFile upload, HttpContext http, IFileStore files, FileOwner owner, Func<NewAttachment, Task<IReadOnlyList<Attachment>>> record)
    {
        var kind = Enum.TryParse<AttachmentKind>(upload.Field("kind"), ignoreCase: false, out var k) && Enum.IsDefined(k)
            ? k
            : throw new InvalidInputException(FileUpload.RuleId, "kind", Sentence.Of("refusal.api.attachment-kind", "kind is Photo, Scan, Signature or Document."));
        var (takenAt, location) = FileTypes.IsImage(upload.ContentType) ? PhotoMetadata.Read(upload.TemporaryPath, http.RequestServices.GetRequiredService<LocalTimes>()) : (null, null);
        var ledger = http.RequestServices.GetRequiredService<FileLedger>();
        await ledger.Received(upload.Sha256, owner);
        await files.Put(upload.Sha256, upload.TemporaryPath, http.RequestAborted);
        var replaces = upload.Field("replaces");
        var attachments = await record(new NewAttachment(
            kind, upload.FileName, upload.ContentType, upload.Bytes, upload.Sha256, takenAt, location, upload.Field("caption"), replaces));
        try
        {
            await ledger.Named(upload.Sha256);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The command is acknowledged: the sweep asks the owner before it would delete the file, and keeps it.
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AttachmentEndpoints))
                .LogWarning(e, "The upload ledger did not hear that {Sha256} is named; the sweep will ask its owner", upload.Sha256);
        }

        return replaces is null ? attachments[^1] : attachments.First(a => a.Id == replaces);
    }

    /// <summary>An upload endpoint: its operation, its larger body, its multipart form in the API document.</summary>
    private static RouteHandlerBuilder Upload(this RouteHandlerBuilder endpoint, Enum operation, string operationId, string summary, string description) =>
        endpoint
            .WithTags("Evidence files")
            .Runs(operation, operationId, summary, description)
            .WithMetadata(new RequestSizeLimitAttribute(FileUpload.MaxRequestBytes))
            .AddOpenApiOperationTransformer((o, _, _) =>
            {
                // Described here, not by Accepts: a matcher on the content type would answer 415 before a bad token's 401.
                o.RequestBody = UploadBody();
                return Task.CompletedTask;
            })
            .Produces<Attachment>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

    private static OpenApiRequestBody UploadBody() => new()
    {
        Required = true,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["multipart/form-data"] = new()
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { "file", "kind" },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "JPEG, PNG, WebP or PDF, at most 20 MiB" },
                        ["kind"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. Enum.GetNames<AttachmentKind>().Select(n => (JsonNode)n)] },
                        ["caption"] = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 200 },
                        ["replaces"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "an attachment id of the same kind" },
                    },
                },
            },
        },
    };

    /// <summary>
    /// An attachment id is its ticket's id, <c>.F</c> and its number, or its site's id, the machine's serial and
    /// <c>S</c> and its number, separated by colons: the ticket or the site says who may read it.
    /// </summary>
    private static async Task<Attachment> Find(string id, HttpContext http, IGrainFactory grains)
    {
        if (id.Split(':') is [var siteId, var serial, _])
        {
            var site = await grains.Get<IInstallationSiteGrain>(siteId).Read(http.Actor());
            return site.Installations.FirstOrDefault(i => i.MachineSerial == serial)?.Attachments?.FirstOrDefault(a => a.Id == id)
                ?? throw new NotFoundException("Attachment", id);
        }

        var at = id.LastIndexOf(".F", StringComparison.Ordinal);
        if (at < 1)
        {
            throw new NotFoundException("Attachment", id);
        }

        var ticket = await grains.Get<ITicketGrain>(id[..at]).Read(http.Actor());
        return ticket.Attachments.FirstOrDefault(a => a.Id == id) ?? throw new NotFoundException("Attachment", id);
    }

    private static EntityTagHeaderValue Tag(string value) => new($"\"{value}\"");
}
