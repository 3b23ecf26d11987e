using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Silo.ReadModels;

namespace AfterSales.Silo.Api;

public static class TicketEndpoints
{
    public static void MapTickets(this RouteGroupBuilder api)
    {
        var tickets = api.MapGroup("/tickets").WithTags("Tickets");

        tickets.MapPost("/", async (OpenTicket o, HttpContext http, IGrainFactory grains) =>
        {
            var command = http.Command(o);
            var id = TicketIds.For(command.By.UserId, command.IdempotencyKey);
            var view = await grains.GetGrain<ITicketGrain>(id).Open(command);
            return Results.Created($"/api/tickets/{view.Id}", view);
        });

        tickets.MapGet("/{id}", async (string id, HttpContext http, IGrainFactory grains) =>
        {
            var view = await grains.GetGrain<ITicketGrain>(id).Get();
            http.Actor().RequireRead(view.CustomerId, view.StationId);
            return Results.Ok(view);
        });

        // Newest first, one page at a time (API.md "Lists, idempotency, limits").
        tickets.MapGet("/", async (
            QueryChoice<TicketStatus>? status, string? engineerId, string? customerId, bool? breached, int? limit, string? cursor,
            HttpContext http, ReadModel readModel) =>
        {
            var actor = http.Actor();
            var filter = actor.Role switch
            {
                Role.Customer => new TicketFilter(status?.Value, engineerId, actor.CustomerId ?? "", null, breached),
                Role.ServiceStation => new TicketFilter(status?.Value, engineerId, customerId, actor.StationId ?? "", breached),
                _ when actor.IsStaff() => new TicketFilter(status?.Value, engineerId, customerId, null, breached),
                _ => throw new ForbiddenException("API-ROLE", $"{actor.Role} may not list tickets."),
            };
            return http.Paged(await readModel.Tickets(filter, ReadModel.Limit(limit), cursor));
        });

        tickets.Command<Classification>("classify", (t, c) => t.Classify(c));
        tickets.Command<Assignment>("assign", (t, c) => t.Assign(c));
        tickets.Command<ContactNote>("contact", (t, c) => t.RecordContact(c));
        tickets.Command<PhoneAttempt>("phone-attempts", (t, c) => t.RecordPhoneAttempt(c));
        tickets.Command<DispatchOrder>("dispatch", (t, c) => t.Dispatch(c));
        tickets.Command("arrival", (t, c) => t.RecordArrival(c));
        tickets.Command<SiteFindings>("site-findings", (t, c) => t.RecordSiteFindings(c));
        tickets.Command<Resolution>("resolution", (t, c) => t.Resolve(c));
        tickets.Command<EscalationRequest>("escalations", (t, c) => t.Escalate(c));
        tickets.Command<EscalationAnswer>("escalations/answer", (t, c) => t.AnswerEscalation(c));
        tickets.Command<ReportDraft>("report", (t, c) => t.SubmitReport(c));
        tickets.Command<ReportSignature>("report/signature", (t, c) => t.SignReport(c));
        tickets.Command<ReportReview>("report/approval", (t, c) => t.ReviewReport(c));
        tickets.Command<ReportFiling>("report/filing", (t, c) => t.FileReport(c));
        tickets.Command<CustomerReply>("reply", (t, c) => t.ReplyToCustomer(c));
        tickets.Command<Confirmation>("confirmation", (t, c) => t.Confirm(c));
        tickets.Command<WarrantyPartsRequest>("warranty-parts", (t, c) => t.RequestWarrantyParts(c));
        tickets.Command<WarrantyPartsDecision>("warranty-parts/approval", (t, c) => t.DecideWarrantyParts(c));
        tickets.Command("warranty-parts/application", (t, c) => t.ApplyForWarrantyParts(c));
        tickets.MapPost("/{id}/old-parts/{partNo}/return", async (string id, string partNo, OldPartReturn body, HttpContext http, IGrainFactory grains) =>
            Results.Ok(await grains.GetGrain<ITicketGrain>(id).ReturnOldPart(http.Command(new OldPartCommand<OldPartReturn>(partNo, body)))));
        tickets.MapPost("/{id}/old-parts/{partNo}/disposition", async (string id, string partNo, OldPartDisposition body, HttpContext http, IGrainFactory grains) =>
            Results.Ok(await grains.GetGrain<ITicketGrain>(id).DispositionOldPart(http.Command(new OldPartCommand<OldPartDisposition>(partNo, body)))));
        tickets.Command<CustomerWait>("customer-wait", (t, c) => t.StartCustomerWait(c));
        tickets.Command("customer-wait/end", (t, c) => t.EndCustomerWait(c));
    }

    /// <summary>A ticket command with a body: one grain call, answered 200 with the ticket's new state.</summary>
    private static void Command<TBody>(
        this RouteGroupBuilder tickets, string path, Func<ITicketGrain, Command<TBody>, Task<TicketView>> call) =>
        tickets.MapPost($"/{{id}}/{path}", async (string id, TBody? body, HttpContext http, IGrainFactory grains) =>
            Results.Ok(await call(grains.GetGrain<ITicketGrain>(id), http.Command(Required(body)))));

    /// <summary>A JSON <c>null</c> body is no command.</summary>
    public static T Required<T>(T? body) =>
        body ?? throw new InvalidInputException("API-BODY", "body", "A JSON object is required as the body.");

    /// <summary>A ticket command without a body.</summary>
    private static void Command(
        this RouteGroupBuilder tickets, string path, Func<ITicketGrain, Command<string?>, Task<TicketView>> call) =>
        tickets.MapPost($"/{{id}}/{path}", async (string id, HttpContext http, IGrainFactory grains) =>
            Results.Ok(await call(grains.GetGrain<ITicketGrain>(id), http.Command<string?>(null))));
}
