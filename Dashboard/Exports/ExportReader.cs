using AfterSales.Dashboard.App;
using AfterSales.GrainInterfaces.Common;
using Microsoft.Extensions.Localization;

namespace AfterSales.Dashboard.Exports;

/// <summary>
/// Who reads an export: in Chinese, values in words and times local (the one configured zone); in English, the API's
/// values (enum names, UTC in ISO 8601) as before. Names beside the ids the rows hold, where the directory has them.
/// </summary>
public sealed record ExportReader(bool Chinese, LocalTimes Local, IStringLocalizer<Texts> T, ExportNames Names)
{
    /// <summary>An enum value: its Chinese word (the web app's text <c>{Type}.{value}</c> or the key given), or its API name.</summary>
    public string? Word<TEnum>(TEnum? value, string? key = null) where TEnum : struct, Enum =>
        value is not { } v ? null : Chinese ? T[key ?? $"{typeof(TEnum).Name}.{v}"].Value : v.ToString();

    /// <summary>A moment: local to the minute in Chinese, UTC in ISO 8601 otherwise.</summary>
    public string Time(DateTimeOffset at) =>
        Chinese ? Local.Format(at) : at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public object YesNo(bool value) => Chinese ? T[value ? "dash.Yes" : "dash.No"].Value : value;
}
