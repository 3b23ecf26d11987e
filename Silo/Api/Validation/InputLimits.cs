using System.Text.RegularExpressions;
using AfterSales.GrainInterfaces.Common.Limits;
using AfterSales.Grains.CodeOfConduct;
using LimitValues = AfterSales.GrainInterfaces.Common.Limits.Limits;

namespace AfterSales.Silo.Api.Validation;

/// <summary>
/// The limits of docs/api.md "Limits" where the data enters, before any grain is called: path ids, query texts, the idempotency key and
/// every field of a body (<see cref="ContractValidation"/>), all errors at once. The command pipeline checks a
/// command's body again, and the grains their own rules.
/// </summary>
public sealed partial class InputLimits([FromKeyedServices(RulesClock.Key)] TimeProvider clock) : IEndpointFilter
{
    // The header of docs/api.md "Idempotency" (read for the API by Caller.IdempotencyKey).
    private const string IdempotencyHeader = "Idempotency-Key";

    private static readonly HashSet<string> IdRouteValues = ["id", "serial", "partNo"];
    private static readonly HashSet<string> IdQueryValues = ["engineerId", "customerId", "stationId"];

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var errors = new Dictionary<string, List<string>>();
        var http = context.HttpContext;
        foreach (var (name, value) in http.Request.RouteValues)
        {
            if (IdRouteValues.Contains(name) && value is string text && !IsRouteId(http.Request.Path, name, text))
            {
                Add(errors, name, "must be an id: a letter or digit, then up to 63 letters, digits, '.', '_' or '-'.");
            }
        }

        foreach (var (name, values) in http.Request.Query)
        {
            foreach (var text in values)
            {
                if (IdQueryValues.Contains(name) ? !IdPattern().IsMatch(text ?? "") : (text?.Length ?? 0) > LimitValues.ShortText * 5)
                {
                    Add(errors, name, IdQueryValues.Contains(name) ? "must be an id." : "is too long.");
                }
            }
        }

        if (http.Request.Headers[IdempotencyHeader].ToString() is { Length: > LimitValues.ShortText })
        {
            Add(errors, IdempotencyHeader, $"must be at most {LimitValues.ShortText} characters.");
        }

        foreach (var argument in context.Arguments)
        {
            foreach (var (field, messages) in ContractValidation.Errors(argument, clock))
            {
                messages.ForEach(m => Add(errors, field, m));
            }
        }

        return errors.Count == 0
            ? next(context)
            : throw new InputRejected(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }

    private static bool IsRouteId(PathString path, string name, string text) =>
        // An alert's id is its ticket's, its deadline's kind and its cycle (SlaAlert.IdOf); an installation's file's,
        // its site's, the machine's serial and its number.
        name == "id" && (path.StartsWithSegments("/api/alerts") || path.StartsWithSegments("/api/attachments"))
            ? text.Length <= LimitValues.ShortText && text.Split(':').All(IdPattern().IsMatch)
            : IdPattern().IsMatch(text);

    private static void Add(Dictionary<string, List<string>> errors, string field, string message) => ContractValidation.Add(errors, field, message);

    [GeneratedRegex(LimitValues.IdPattern)]
    private static partial Regex IdPattern();
}
