using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using AfterSales.Dashboard.Localization;
using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Common.Limits;
using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Dashboard.App.Tickets;

/// <summary>
/// A ticket command as a form: its operation (the access policy's), the inputs of its body, read from the body's
/// contract, and the one grain call it makes, bound to the grain's method by the compiler. No rule lives here: the
/// grain decides.
/// </summary>
public sealed class TicketCommandForm
{
    /// <summary>Commands with pages or forms of their own (intake, evidence files, old parts, alerts) and the queries.</summary>
    public static readonly IReadOnlyList<TicketOperation> Elsewhere =
    [
        TicketOperation.Open, TicketOperation.Attach, TicketOperation.Get, TicketOperation.List, TicketOperation.ReturnOldPart,
        TicketOperation.DispositionOldPart, TicketOperation.AcknowledgeAlert, TicketOperation.ListAlerts,
    ];

    private readonly Func<ITicketGrain, Actor, object?, string?, Task<TicketView>> _run;

    private TicketCommandForm(TicketOperation operation, Type body, Func<ITicketGrain, Actor, object?, string?, Task<TicketView>> run)
    {
        Operation = operation;
        _run = run;
        Body = body == typeof(string) ? null : body;
        Fields = Body is null
            ? []
            : [.. Body.GetProperties().Select(p => new FormField(JsonNamingPolicy.CamelCase.ConvertName(p.Name), p.PropertyType, p.GetCustomAttribute<LongTextAttribute>() is not null))];
    }

    /// <summary>Every ticket command with a form on the ticket page, in the order of the operations.</summary>
    public static IReadOnlyList<TicketCommandForm> All { get; } =
    [
        Form<Classification>(TicketOperation.Classify, (t, c) => t.Classify(c)),
        Form<Assignment>(TicketOperation.Assign, (t, c) => t.Assign(c)),
        Form<ContactNote>(TicketOperation.RecordContact, (t, c) => t.RecordContact(c)),
        Form<PhoneAttempt>(TicketOperation.RecordPhoneAttempt, (t, c) => t.RecordPhoneAttempt(c)),
        Form<DispatchOrder>(TicketOperation.Dispatch, (t, c) => t.Dispatch(c)),
        Form<Arrival>(TicketOperation.RecordArrival, (t, c) => t.RecordArrival(c)),
        Form<SiteFindings>(TicketOperation.RecordSiteFindings, (t, c) => t.RecordSiteFindings(c)),
        Form<Resolution>(TicketOperation.Resolve, (t, c) => t.Resolve(c)),
        Form<EscalationRequest>(TicketOperation.Escalate, (t, c) => t.Escalate(c)),
        Form<EscalationAnswer>(TicketOperation.AnswerEscalation, (t, c) => t.AnswerEscalation(c)),
        Form<ReportDraft>(TicketOperation.SubmitReport, (t, c) => t.SubmitReport(c)),
        Form<ReportSignature>(TicketOperation.SignReport, (t, c) => t.SignReport(c)),
        Form<ReportReview>(TicketOperation.ReviewReport, (t, c) => t.ReviewReport(c)),
        Form<ReportFiling>(TicketOperation.FileReport, (t, c) => t.FileReport(c)),
        Form<CustomerReply>(TicketOperation.ReplyToCustomer, (t, c) => t.ReplyToCustomer(c)),
        Form<Confirmation>(TicketOperation.Confirm, (t, c) => t.Confirm(c)),
        Form<WarrantyPartsRequest>(TicketOperation.RequestWarrantyParts, (t, c) => t.RequestWarrantyParts(c)),
        Form<WarrantyPartsDecision>(TicketOperation.DecideWarrantyParts, (t, c) => t.DecideWarrantyParts(c)),
        Form<string?>(TicketOperation.ApplyForWarrantyParts, (t, c) => t.ApplyForWarrantyParts(c)),
        Form<CustomerWait>(TicketOperation.StartCustomerWait, (t, c) => t.StartCustomerWait(c)),
        Form<string?>(TicketOperation.EndCustomerWait, (t, c) => t.EndCustomerWait(c)),
    ];

    public TicketOperation Operation { get; }

    /// <summary>
    /// The two-way decisions: the yes-or-no field each is a button of, not a checkbox (Approve / Return, Sign / Refuse to
    /// sign, Solved / Not solved, Approve parts / Refuse parts), and the answer of its first button.
    /// </summary>
    private static readonly IReadOnlyDictionary<TicketOperation, (string Field, bool First)> Decisions = new Dictionary<TicketOperation, (string, bool)>
    {
        [TicketOperation.ReviewReport] = ("approved", true),
        [TicketOperation.SignReport] = ("refused", false),
        [TicketOperation.Confirm] = ("solved", true),
        [TicketOperation.DecideWarrantyParts] = ("approved", true),
    };

    /// <summary>The field a two-way decision answers with its button; null for a command of one button.</summary>
    public FormField? Decision => Decisions.TryGetValue(Operation, out var d) ? Fields.Single(f => f.Name == d.Field) : null;

    /// <summary>The decision's answers in the order of their buttons.</summary>
    public IReadOnlyList<bool> Answers => Decisions.TryGetValue(Operation, out var d) ? [d.First, !d.First] : [];

    /// <summary>The body's contract; null for a command without a body.</summary>
    public Type? Body { get; }

    public IReadOnlyList<FormField> Fields { get; }

    /// <summary>
    /// The forms the caller may submit on this ticket now, as the status machine, what the ticket holds
    /// (<see cref="TicketNextSteps.Applies"/>) and the access policy say (the others are not shown).
    /// </summary>
    public static IEnumerable<TicketCommandForm> For(Actor by, TicketView ticket) =>
        All.Where(f => TicketNextSteps.Applies(f.Operation, ticket)
            && AccessPolicy.Allows(by, f.Operation, new Owner(ticket.CustomerId, ticket.StationId, ticket.EngineerId)));

    /// <summary>The caller's forms on the ticket: its next steps first (<see cref="TicketNextSteps.For"/>), and the others it may submit.</summary>
    public static (IReadOnlyList<TicketCommandForm> Next, IReadOnlyList<TicketCommandForm> More) Split(Actor by, TicketView ticket)
    {
        var next = TicketNextSteps.For(by, ticket);
        var all = For(by, ticket).ToList();
        return ([.. next.SelectMany(o => all.Where(f => f.Operation == o))], [.. all.Where(f => !next.Contains(f.Operation))]);
    }

    /// <summary>The body from the form's values, as the API would read it from JSON.</summary>
    public object? Read(Func<string, string?> value, JsonSerializerOptions json)
    {
        if (Body is null)
        {
            return null;
        }

        var body = new JsonObject();
        foreach (var field in Fields)
        {
            var text = value(field.Name);
            body[field.Name] = field switch
            {
                { Plain.IsEnum: true } => string.IsNullOrEmpty(text) ? null : JsonValue.Create(text),
                _ when field.Plain == typeof(bool) => JsonValue.Create(text is "on" or "true"),
                _ when field.Plain == typeof(int) => int.TryParse(text, out var n) ? JsonValue.Create(n) : null,
                _ when field.Plain == typeof(double) => double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) ? JsonValue.Create(d) : null,
                { IsTextList: true } => new JsonArray([.. (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(l => (JsonNode?)JsonValue.Create(field.Name == "tools" ? ToolNames.Key(l) : l))]),
                { IsList: true } => string.IsNullOrWhiteSpace(text) ? new JsonArray() : JsonNode.Parse(text),
                _ => string.IsNullOrEmpty(text) ? null : JsonValue.Create(text),
            };
        }

        return body.Deserialize(Body, json);
    }

    /// <summary>The one grain call of the command.</summary>
    public Task<TicketView> Run(ITicketGrain ticket, Actor by, object? body, string? idempotencyKey) => _run(ticket, by, body, idempotencyKey);

    private static TicketCommandForm Form<TBody>(TicketOperation operation, Func<ITicketGrain, Command<TBody>, Task<TicketView>> call) =>
        new(operation, typeof(TBody), (ticket, by, body, key) => call(ticket, by.By((TBody)body!, key)));
}
