using AfterSales.Silo.Auth;
namespace AfterSales.Silo.Api;

/// <summary>
/// An enum in a query string, matched by name without regard to case: docs/api.md writes <c>bucket=week|month</c> and
/// <c>groupBy=engineer|station</c>, the enums are <c>Week</c> and <c>Engineer</c>. Numbers and unknown names do not bind
/// (400).
/// </summary>
public readonly record struct QueryChoice<T>(T Value)
    where T : struct, Enum
{
    public static bool TryParse(string? text, IFormatProvider? provider, out QueryChoice<T> choice)
    {
        var named = EnumNames.TryParse<T>(text?.Trim(), ignoreCase: true, out var value);
        choice = new(value);
        return named;
    }

    public override string ToString() => Value.ToString();
}
