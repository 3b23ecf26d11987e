using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Common.Limits;
using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Dashboard.App.Tickets;

/// <summary>
/// A ticket command as a form: its operation (the access policy's, whose name is the grain's method), the inputs of
/// its body, read from the body's contract, and the one grain call it makes. No rule lives here: the grain decides.
/// </summary>
public sealed class TicketCommandForm
{
    // Commands with pages or forms of their own (intake, evidence files, old parts, alerts) and the queries.
    private static readonly TicketOperation[] Elsewhere =
    [
        TicketOperation.Open, TicketOperation.Attach, TicketOperation.Get, TicketOperation.List, TicketOperation.ReturnOldPart,
        TicketOperation.DispositionOldPart, TicketOperation.AcknowledgeAlert, TicketOperation.ListAlerts,
    ];

    private readonly MethodInfo _method;

    private TicketCommandForm(TicketOperation operation, MethodInfo method)
    {
        Operation = operation;
        _method = method;
        var body = method.GetParameters()[0].ParameterType.GetGenericArguments()[0];
        Body = body == typeof(string) ? null : body;
        Fields = Body is null
            ? []
            : [.. Body.GetProperties().Select(p => new FormField(JsonNamingPolicy.CamelCase.ConvertName(p.Name), p.PropertyType, p.GetCustomAttribute<LongTextAttribute>() is not null))];
    }

    public static IReadOnlyList<TicketCommandForm> All { get; } =
        [.. Enum.GetValues<TicketOperation>().Except(Elsewhere).Select(o => new TicketCommandForm(o, typeof(ITicketGrain).GetMethod(o.ToString())!))];

    public TicketOperation Operation { get; }

    /// <summary>The body's contract; null for a command without a body.</summary>
    public Type? Body { get; }

    public IReadOnlyList<FormField> Fields { get; }

    /// <summary>The forms the caller may submit on this ticket now, as the status machine and the access policy say (the others are not shown).</summary>
    public static IEnumerable<TicketCommandForm> For(Actor by, TicketView ticket) =>
        All.Where(f => TicketStatusMoves.Allows(f.Operation, ticket.Status)
            && AccessPolicy.Allows(by, f.Operation, new Owner(ticket.CustomerId, ticket.StationId, ticket.EngineerId)));

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
                { IsTextList: true } => new JsonArray([.. (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(l => (JsonNode?)JsonValue.Create(l))]),
                { IsList: true } => string.IsNullOrWhiteSpace(text) ? new JsonArray() : JsonNode.Parse(text),
                _ => string.IsNullOrEmpty(text) ? null : JsonValue.Create(text),
            };
        }

        return body.Deserialize(Body, json);
    }

    /// <summary>The one grain call of the command.</summary>
    public Task<TicketView> Run(ITicketGrain ticket, Actor by, object? body, string? idempotencyKey)
    {
        var command = Activator.CreateInstance(_method.GetParameters()[0].ParameterType, by, body, idempotencyKey)!;
        return (Task<TicketView>)_method.Invoke(ticket, [command])!;
    }
}
