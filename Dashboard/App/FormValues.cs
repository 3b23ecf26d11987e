using System.Globalization;
using AfterSales.Dashboard.Localization;
using Microsoft.AspNetCore.Http;

namespace AfterSales.Dashboard.App;

/// <summary>A posted form's values as a command's body wants them: a text (null when empty), lines, a box ticked, a number, a date.</summary>
public static class FormValues
{
    /// <summary>The field of the key a form was rendered with (<c>FormKey</c>), its command's idempotency key.</summary>
    public const string KeyName = "idempotencyKey";

    /// <summary>The idempotency key the form was rendered with, if it carries one.</summary>
    public static string? Key(this IFormCollection form) => form.Optional(KeyName);

    public static string Text(this IFormCollection form, string name) => form[name].ToString().Trim();

    public static string? Optional(this IFormCollection form, string name) => form.Text(name) is { Length: > 0 } text ? text : null;

    public static IReadOnlyList<string> Lines(this IFormCollection form, string name) =>
        form[name].ToString().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Tools, one a line, in either language: each known one as the tool catalogue keeps it (R-ENG-2).</summary>
    public static IReadOnlyList<string> Tools(this IFormCollection form, string name) => [.. form.Lines(name).Select(ToolNames.Key)];

    /// <summary>A region typed in either language, as the records keep it (the region table's key).</summary>
    public static string Region(this IFormCollection form, string name) => Places.RegionKey(form.Text(name));

    /// <summary>A city typed in either language, as the records keep it; null when empty.</summary>
    public static string? City(this IFormCollection form, string name) => form.Optional(name) is { } city ? Places.CityKey(city) : null;

    /// <summary>Every value of a name (the boxes of a group that are ticked).</summary>
    public static IReadOnlyList<string> All(this IFormCollection form, string name) => [.. form[name].OfType<string>()];

    public static bool Ticked(this IFormCollection form, string name) => form[name].ToString() is "on" or "true";

    public static int Number(this IFormCollection form, string name) =>
        int.TryParse(form[name].ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : throw new FormatException(name);

    public static DateOnly? Date(this IFormCollection form, string name) =>
        form.Optional(name) is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    public static T Choice<T>(this IFormCollection form, string name) where T : struct, Enum =>
        Enum.TryParse<T>(form[name].ToString(), out var value) && Enum.IsDefined(value) ? value : throw new FormatException(name);
}
