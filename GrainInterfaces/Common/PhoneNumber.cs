using System.Text.RegularExpressions;

namespace AfterSales.GrainInterfaces.Common;

/// <summary>
/// A phone number as people write it (R-TKT-1, the callback number): digits, spaces, '+', '-' and parentheses, with 5 to
/// 20 digits ("0531-8888 6666", "+86 (138) 0013 8000"); and the <c>tel:</c> link a phone dials it by.
/// </summary>
public static partial class PhoneNumber
{
    public const int MinDigits = 5;

    public const int MaxDigits = 20;

    /// <summary>The most characters a number may take with its separators.</summary>
    public const int MaxLength = 32;

    /// <summary>
    /// The characters and length as a pattern for an HTML input (the page's first hint; the grain judges the digits). Every
    /// punctuation of the class is escaped: browsers compile a pattern with the <c>v</c> flag, which refuses a bare '(' there.
    /// </summary>
    public const string HtmlPattern = @"[0-9 +\(\)\-]{5,32}";

    public static bool IsValid(string? text) =>
        text is { Length: > 0 and <= MaxLength } && Allowed().IsMatch(text) && text.Count(char.IsAsciiDigit) is >= MinDigits and <= MaxDigits;

    /// <summary>The <c>tel:</c> URI of a valid number: its digits, and a leading '+' if it has one (RFC 3966).</summary>
    public static string Tel(string number) =>
        "tel:" + (number.TrimStart().StartsWith('+') ? "+" : "") + new string([.. number.Where(char.IsAsciiDigit)]);

    [GeneratedRegex(@"^[0-9 +()\-]+$")]
    private static partial Regex Allowed();
}
