using AfterSales.Dashboard.App;
using AfterSales.GrainInterfaces.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace AfterSales.Dashboard.Exports;

/// <summary>
/// A report or a list as a spreadsheet (MiniExcel): one header row in the caller's language (Chinese where the caller
/// asked for it: <c>?lang=zh</c>, the language cookie or Accept-Language), then one row per item, the same figures as
/// the JSON answer, in the reader's words and local times for a Chinese reader (<see cref="ExportReader"/>).
/// </summary>
public static class Export
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvType = "text/csv";

    public static string Extension(this ExportFormat format) => format == ExportFormat.Xlsx ? "xlsx" : "csv";

    public static string ContentType(this ExportFormat format) => format == ExportFormat.Xlsx ? XlsxType : CsvType;

    public static async Task<IResult> Table<T>(
        HttpContext http, ExportFormat format, string name, IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns, ExportNames? names = null)
    {
        var chinese = Chinese(http);
        var reader = new ExportReader(
            chinese, http.RequestServices.GetRequiredService<LocalTimes>(), http.RequestServices.GetRequiredService<IStringLocalizer<Texts>>(), names ?? ExportNames.None);
        var headers = columns.Select(c => chinese ? c.Chinese : c.English).ToArray();
        var table = rows.Select(row =>
        {
            var line = new Dictionary<string, object?>();
            for (var i = 0; i < columns.Count; i++)
            {
                line[headers[i]] = columns[i].Value(row, reader);
            }

            return line;
        });
        var stream = new MemoryStream();
        await stream.SaveAsAsync(table, printHeader: true, excelType: format == ExportFormat.Xlsx ? ExcelType.XLSX : ExcelType.CSV,
            cancellationToken: http.RequestAborted);
        stream.Position = 0;
        return Results.File(stream, format.ContentType(), $"{name}.{format.Extension()}");
    }

    /// <summary>Chinese when the caller chose it; an API client that says nothing gets English.</summary>
    private static bool Chinese(HttpContext http) =>
        http.Features.Get<IRequestCultureFeature>() is { Provider: not null } chosen && chosen.RequestCulture.UICulture.TwoLetterISOLanguageName == "zh";
}
