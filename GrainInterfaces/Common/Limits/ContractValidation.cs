using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;

namespace AfterSales.GrainInterfaces.Common.Limits;

/// <summary>
/// The limits' attributes on a contract (<see cref="IdentifierAttribute"/>, <see cref="ShortTextAttribute"/> and the
/// others), checked by .NET's DataAnnotations validator, nested objects and lists included. Errors are named by the
/// API's JSON field names (<c>parts[0].partNo</c>), never by a type. The API checks a body where it enters; the
/// command pipeline checks every command's body again, whoever sent it (a page of the web app too).
/// </summary>
public static partial class ContractValidation
{
    private const int MaxDepth = 8;

    // What reflection finds of a contract, found once per type: every command's body is checked on the write path.
    private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, string Name, ValidationAttribute[] Attributes)[]> Properties = new();

    /// <summary>The errors of a value by field; empty when it keeps every limit.</summary>
    /// <param name="which">The attributes to check; null for all of them.</param>
    public static Dictionary<string, List<string>> Errors(object? value, TimeProvider clock, Func<ValidationAttribute, bool>? which = null)
    {
        var errors = new Dictionary<string, List<string>>();
        if (value is not null && IsContract(value.GetType()))
        {
            Validate(value, "", errors, new ClockServices(clock), which ?? (_ => true), depth: 0);
        }

        return errors;
    }

    /// <summary>
    /// Refuses a value beyond one of the limits of docs/api.md "Limits" (ids, text lengths, list sizes, dates) with its first field
    /// (rule <c>API-INPUT</c>). Ranges a rule sets (a score of 1 to 5) are the grain's rule to judge, by its own id.
    /// </summary>
    public static void Require(object? value, TimeProvider clock)
    {
        if (Errors(value, clock, a => a.GetType().Namespace == typeof(Limits).Namespace).FirstOrDefault() is { Key: { } field, Value: [var message, ..] })
        {
            throw new InvalidInputException("API-INPUT", field, Sentence.Of(
                "refusal.api.field-limit", $"{field}: {message}", Phrase.TextArg(field), Phrase.PhrasesArg([Reason(message)])));
        }
    }

    /// <summary>A limit's message as a phrase the reader's language says (its English text is the message itself).</summary>
    private static Phrase Reason(string message) => message switch
    {
        _ when message == ShortText.ErrorMessage => new("reason.limit.text", [$"{Limits.ShortText}"]),
        _ when message == LongText.ErrorMessage => new("reason.limit.text", [$"{Limits.LongText}"]),
        _ when message == Items.ErrorMessage => new("reason.limit.items", [$"{Limits.Items}", $"{Limits.ShortText}"]),
        _ when message == Identifier.ErrorMessage => new("reason.limit.id", []),
        _ when DateRange().Match(message) is { Success: true } range => new("reason.limit.date", [range.Groups[1].Value, range.Groups[2].Value]),
        _ => new("reason.limit.other", [Phrase.TextArg(message)]),
    };

    private static readonly ShortTextAttribute ShortText = new();

    private static readonly LongTextAttribute LongText = new();

    private static readonly ItemsAttribute Items = new();

    private static readonly IdentifierAttribute Identifier = new();

    [System.Text.RegularExpressions.GeneratedRegex(@"^must be between (\S+) and (\S+)\.$")]
    private static partial System.Text.RegularExpressions.Regex DateRange();

    public static bool IsContract(Type type) => type.IsClass && type.Namespace?.StartsWith("AfterSales.", StringComparison.Ordinal) == true;

    public static void Add(Dictionary<string, List<string>> errors, string field, string message)
    {
        if (!errors.TryGetValue(field, out var messages))
        {
            errors[field] = messages = [];
        }

        messages.Add(message);
    }

    private static void Validate(
        object value, string path, Dictionary<string, List<string>> errors, IServiceProvider services, Func<ValidationAttribute, bool> which, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        foreach (var (property, name, attributes) in Properties.GetOrAdd(value.GetType(), Describe))
        {
            var field = path.Length == 0 ? name : $"{path}.{name}";
            var member = property.GetValue(value);
            var context = new ValidationContext(value, services, null) { MemberName = property.Name };
            foreach (var attribute in attributes.Where(which))
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
                case IEnumerable items:
                    var i = 0;
                    foreach (var item in items.Cast<object?>().Take(Limits.Items + 1))
                    {
                        if (item is not null && IsContract(item.GetType()))
                        {
                            Validate(item, $"{field}[{i}]", errors, services, which, depth + 1);
                        }

                        i++;
                    }

                    break;
                default:
                    if (IsContract(member.GetType()))
                    {
                        Validate(member, field, errors, services, which, depth + 1);
                    }

                    break;
            }
        }
    }

    private static (PropertyInfo, string, ValidationAttribute[])[] Describe(Type type) =>
    [
        .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => (p, JsonNamingPolicy.CamelCase.ConvertName(p.Name), p.GetCustomAttributes<ValidationAttribute>().ToArray())),
    ];

    /// <summary>What a limit's attribute may ask for: the clock of the rules (dates "ten years from today").</summary>
    private sealed class ClockServices(TimeProvider clock) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(TimeProvider) ? clock : null;
    }
}
