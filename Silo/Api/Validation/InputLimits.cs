using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using AfterSales.GrainInterfaces.Common.Limits;
using AfterSales.Grains.CodeOfConduct;
using LimitValues = AfterSales.GrainInterfaces.Common.Limits.Limits;

namespace AfterSales.Silo.Api.Validation;

/// <summary>
/// API.md's limits where the data enters, before any grain is called: path ids, query texts, the idempotency key and
/// every field of a body
/// (the limits' attributes on the contract types, checked by .NET's DataAnnotations validator, nested objects and lists
/// included). Errors are named by the API's JSON field names (<c>parts[0].partNo</c>), never by a type. The grains
/// check their own rules again.
/// </summary>
public sealed partial class InputLimits([FromKeyedServices(RulesClock.Key)] TimeProvider clock) : IEndpointFilter
{
    // The header of API.md's idempotency (read for the API by Caller.IdempotencyKey).
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

        var services = new ClockServices(clock, http.RequestServices);
        foreach (var argument in context.Arguments)
        {
            if (argument is not null && IsContract(argument.GetType()))
            {
                Validate(argument, "", errors, services, depth: 0);
            }
        }

        return errors.Count == 0
            ? next(context)
            : throw new InputRejected(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }

    private static bool IsRouteId(PathString path, string name, string text) =>
        // An alert's id is its ticket's, its deadline's kind and its cycle (SlaAlert.IdOf).
        name == "id" && path.StartsWithSegments("/api/alerts")
            ? text.Length <= LimitValues.ShortText && text.Split(':').All(IdPattern().IsMatch)
            : IdPattern().IsMatch(text);

    private static void Validate(object value, string path, Dictionary<string, List<string>> errors, IServiceProvider services, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var field = path.Length == 0 ? JsonNamingPolicy.CamelCase.ConvertName(property.Name) : $"{path}.{JsonNamingPolicy.CamelCase.ConvertName(property.Name)}";
            var member = property.GetValue(value);
            var context = new ValidationContext(value, services, null) { MemberName = property.Name };
            foreach (var attribute in property.GetCustomAttributes<ValidationAttribute>())
            {
                if (attribute.GetValidationResult(member, context) is { ErrorMessage: { } message })
                {
                    Add(errors, field, message);
                }
            }

            switch (member)
            {
                case string or null:
                    break;
                case IEnumerable items when member.GetType() != typeof(string):
                    var i = 0;
                    foreach (var item in items.Cast<object?>().Take(LimitValues.Items + 1))
                    {
                        if (item is not null && IsContract(item.GetType()))
                        {
                            Validate(item, $"{field}[{i}]", errors, services, depth + 1);
                        }

                        i++;
                    }

                    break;
                default:
                    if (IsContract(member.GetType()))
                    {
                        Validate(member, field, errors, services, depth + 1);
                    }

                    break;
            }
        }
    }

    private static bool IsContract(Type type) => type.IsClass && type.Namespace?.StartsWith("AfterSales.", StringComparison.Ordinal) == true;

    private static void Add(Dictionary<string, List<string>> errors, string field, string message)
    {
        if (!errors.TryGetValue(field, out var messages))
        {
            errors[field] = messages = [];
        }

        messages.Add(message);
    }

    [GeneratedRegex(LimitValues.IdPattern)]
    private static partial Regex IdPattern();

    /// <summary>The rules' clock for the date limits, the request's services for everything else.</summary>
    private sealed class ClockServices(TimeProvider clock, IServiceProvider inner) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(TimeProvider) ? clock : inner.GetService(serviceType);
    }
}
