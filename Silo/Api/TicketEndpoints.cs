using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Dashboard.Exports;
using AfterSales.Silo.Dashboard;
using AfterSales.Silo.Notifications;
using AfterSales.Persistence.ReadModels;
using AfterSales.Persistence.Storage;
using AfterSales.Silo.Api.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Silo.Api;

public static class TicketEndpoints
{
    /// <summary>The most rows a ticket export holds: a year of a busy service, well within a spreadsheet.</summary>
    public const int ExportLimit = 20_000;

    public static void MapTickets(this RouteGroupBuilder api)
    {
        var tickets = api.MapGroup("/tickets").WithTags("Tickets");

        tickets.MapPost("/", async (OpenTicket o, HttpContext http, IGrainFactory grains, FreshStates fresh) =>
        {
            var command = http.Command(o);
            var id = TicketIds.For(command.By.UserId, command.IdempotencyKey);
            var ticket = grains.Get<ITicketGrain>(id);
            if (command.IdempotencyKey is null)
            {
                // Drawn at random this moment: there is nothing to read (a keyed intake's id may have been opened before).
                fresh.Add(ticket.GetGrainId());
            }

            var view = await ticket.Open(command);
            return TypedResults.Created($"/api/tickets/{view.Id}", view);
        }).Runs(TicketOperation.Open, "openTicket", "Take in a service request", "R-TKT-1: a ticket in status Received, routed to the station of the customer's area (R-STN-1).");

        tickets.MapGet("/{id}", async (string id, HttpContext http, IGrainFactory grains, NotificationStore notifications) =>
        {
            var actor = http.Actor();
            var view = await grains.Get<ITicketGrain>(id).Read(actor);
            return TypedResults.Ok(view with { Notifications = NotificationRecords.Visible(await notifications.OfTicket(id), actor) });
        }).Runs(TicketOperation.Get, "getTicket", "Read a ticket",
            "The ticket with its whole audit trail (R-TKT-12) and what was sent about it (notifications); a customer or a station reads only its own, and only the mails to the customer.");

        // Newest first, one page at a time (docs/api.md "Lists, idempotency, limits").
        tickets.MapGet("/", async (
            QueryChoice<TicketStatus>? status, string? engineerId, string? customerId, bool? breached, int? limit, string? cursor,
            HttpContext http, ReadModel readModel) =>
            http.Paged(await readModel.Tickets(ListFilter(http, status, engineerId, customerId, breached), ReadModel.Limit(limit), cursor)))
            .Runs(TicketOperation.List, "listTickets", "List tickets", "Newest received first, a page at a time; a customer or a station sees only its own.");

        // The same list as a spreadsheet, every page of it up to ExportLimit rows (docs/api.md "Documents and exports").
        foreach (var format in Enum.GetValues<ExportFormat>())
        {
            api.MapGet($"/tickets.{format.Extension()}", async (
                QueryChoice<TicketStatus>? status, string? engineerId, string? customerId, bool? breached, HttpContext http, ReadModel readModel) =>
            {
                var rows = await readModel.TicketsUpTo(ListFilter(http, status, engineerId, customerId, breached), ExportLimit);
                var names = await ExportNames.Of(rows, t => t.CustomerId, t => t.EngineerId, t => t.StationId,
                    async (kind, ids) => await readModel.Names(DashboardData.KindOf(kind), [.. ids.OfType<string>()]));
                return await Export.Table(http, format, "tickets", rows, ExportColumns.Tickets, names);
            })
                .WithTags("Tickets")
                .Runs(TicketOperation.List, $"listTickets{format}", $"Tickets as {format.Extension()}",
                    $"The tickets of listTickets with the same filters, newest first, at most {ExportLimit}; headed in the caller's language.")
                .AnswersFile(format.ContentType());
        }

        tickets.Command<Classification>("classify", TicketOperation.Classify, "classifyTicket", "Classify (R-TKT-2)", (t, c) => t.Classify(c));
        tickets.Command<Assignment>("assign", TicketOperation.Assign, "assignEngineer", "Make a qualified engineer responsible (R-ENG-1, R-ENG-5)", (t, c) => t.Assign(c));
        tickets.Command<ContactNote>("contact", TicketOperation.RecordContact, "recordContact", "Record the first contact with the customer (R-TKT-3)", (t, c) => t.RecordContact(c));
        tickets.Command<PhoneAttempt>("phone-attempts", TicketOperation.RecordPhoneAttempt, "recordPhoneAttempt", "Record a phone attempt (R-TKT-4)", (t, c) => t.RecordPhoneAttempt(c));
        tickets.Command<DispatchOrder>("dispatch", TicketOperation.Dispatch, "dispatchEngineer", "Dispatch an engineer to the site (R-TKT-5, R-ENG-1/2/5)", (t, c) => t.Dispatch(c));
        // The body is optional: {hours} once the machine has a reading (R-MCH-3).
        tickets.MapPost("/{id}/arrival", async Task<Ok<TicketView>> (string id, Arrival? body, HttpContext http, IGrainFactory grains) =>
                TypedResults.Ok(await grains.Get<ITicketGrain>(id).RecordArrival(http.Command(body ?? new Arrival()))))
            .Runs(TicketOperation.RecordArrival, "recordArrival", "Record the arrival on site (R-TKT-5), with the machine's hours (R-MCH-3)");
        tickets.Command<SiteFindings>("site-findings", TicketOperation.RecordSiteFindings, "recordSiteFindings", "Record the findings on site (R-TKT-6)", (t, c) => t.RecordSiteFindings(c));
        tickets.Command<Resolution>("resolution", TicketOperation.Resolve, "resolveOnSite", "Record the fix on site (R-TKT-6/7)", (t, c) => t.Resolve(c));
        tickets.Command<EscalationRequest>("escalations", TicketOperation.Escalate, "escalate", "Escalate to the technical department (R-TKT-7)", (t, c) => t.Escalate(c));
        tickets.Command<EscalationAnswer>("escalations/answer", TicketOperation.AnswerEscalation, "answerEscalation", "Answer an escalation (R-TKT-7)", (t, c) => t.AnswerEscalation(c));
        tickets.Command<ReportDraft>("report", TicketOperation.SubmitReport, "submitReport", "Submit the service report (R-TKT-8)", (t, c) => t.SubmitReport(c));
        tickets.Command<ReportSignature>("report/signature", TicketOperation.SignReport, "signReport", "Sign or dispute the service report (R-TKT-9)", (t, c) => t.SignReport(c));
        tickets.Command<ReportReview>("report/approval", TicketOperation.ReviewReport, "reviewReport", "Approve or return the service report (R-TKT-10)", (t, c) => t.ReviewReport(c));
        tickets.Command<ReportFiling>("report/filing", TicketOperation.FileReport, "fileReport", "File the approved report with its scan (R-TKT-10)", (t, c) => t.FileReport(c));
        tickets.Command<CustomerReply>("reply", TicketOperation.ReplyToCustomer, "replyToCustomer", "Reply to the customer (R-TKT-11)", (t, c) => t.ReplyToCustomer(c));
        tickets.Command<Confirmation>("confirmation", TicketOperation.Confirm, "confirmSolution", "The customer's confirmation and rating (R-TKT-11, R-SAT)", (t, c) => t.Confirm(c));
        tickets.Command<WarrantyPartsRequest>("warranty-parts", TicketOperation.RequestWarrantyParts, "requestWarrantyParts", "Request warranty parts (R-WTY-1)", (t, c) => t.RequestWarrantyParts(c));
        tickets.Command<WarrantyPartsDecision>("warranty-parts/approval", TicketOperation.DecideWarrantyParts, "decideWarrantyParts", "Approve or refuse warranty parts (R-WTY-2)", (t, c) => t.DecideWarrantyParts(c));
        tickets.Command("warranty-parts/application", TicketOperation.ApplyForWarrantyParts, "applyForWarrantyParts", "Apply for approved warranty parts (R-WTY-2)", (t, c) => t.ApplyForWarrantyParts(c));
        tickets.MapPost("/{id}/old-parts/{partNo}/return", async (string id, string partNo, OldPartReturn? body, HttpContext http, IGrainFactory grains) =>
                TypedResults.Ok(await grains.Get<ITicketGrain>(id).ReturnOldPart(http.Command(new OldPartCommand<OldPartReturn>(partNo, Required(body))))))
            .Runs(TicketOperation.ReturnOldPart, "returnOldPart", "Receive a replaced part at the warehouse (R-WTY-3)")
            .RequiresBody();
        tickets.MapPost("/{id}/old-parts/{partNo}/disposition", async (string id, string partNo, OldPartDisposition? body, HttpContext http, IGrainFactory grains) =>
                TypedResults.Ok(await grains.Get<ITicketGrain>(id).DispositionOldPart(http.Command(new OldPartCommand<OldPartDisposition>(partNo, Required(body))))))
            .Runs(TicketOperation.DispositionOldPart, "dispositionOldPart", "Record the QC check or warranty claim of a returned part (R-WTY-3)")
            .RequiresBody();
        tickets.Command<CustomerWait>("customer-wait", TicketOperation.StartCustomerWait, "startCustomerWait", "Stop the SLA clock while the customer is awaited (R-TKT-5)", (t, c) => t.StartCustomerWait(c));
        tickets.Command("customer-wait/end", TicketOperation.EndCustomerWait, "endCustomerWait", "Restart the SLA clock (R-TKT-5)", (t, c) => t.EndCustomerWait(c));
    }

    /// <summary>A ticket command with a body: one grain call, answered 200 with the ticket's new state.</summary>
    private static void Command<TBody>(
        this RouteGroupBuilder tickets, string path, TicketOperation operation, string operationId, string summary,
        Func<ITicketGrain, Command<TBody>, Task<TicketView>> call) =>
        tickets.MapPost($"/{{id}}/{path}", async Task<Ok<TicketView>> (string id, TBody? body, HttpContext http, IGrainFactory grains) =>
                TypedResults.Ok(await call(grains.Get<ITicketGrain>(id), http.Command(Required(body)))))
            .Runs(operation, operationId, summary)
            .RequiresBody();

    /// <summary>A JSON <c>null</c> body is no command.</summary>
    public static T Required<T>(T? body) =>
        body ?? throw new InvalidInputException("API-BODY", "body", Sentence.Of("refusal.api.json-object", "A JSON object is required as the body."));

    /// <summary>A ticket command without a body.</summary>
    private static void Command(
        this RouteGroupBuilder tickets, string path, TicketOperation operation, string operationId, string summary,
        Func<ITicketGrain, Command<string?>, Task<TicketView>> call) =>
        tickets.MapPost($"/{{id}}/{path}", async Task<Ok<TicketView>> (string id, HttpContext http, IGrainFactory grains) =>
                TypedResults.Ok(await call(grains.Get<ITicketGrain>(id), http.Command<string?>(null))))
            .Runs(operation, operationId, summary);

    /// <summary>The ticket list's filter for its caller (a customer or a station sees only its own).</summary>
    private static TicketFilter ListFilter(HttpContext http, QueryChoice<TicketStatus>? status, string? engineerId, string? customerId, bool? breached)
    {
        var (actor, reach) = http.Reach(TicketOperation.List);
        return TicketLists.For(actor, reach, new TicketFilter(status?.Value, engineerId, customerId, null, breached));
    }
}
