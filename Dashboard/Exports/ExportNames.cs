using AfterSales.Dashboard.Reporting;

namespace AfterSales.Dashboard.Exports;

/// <summary>The names of the customers, engineers and stations an export's rows name by id (empty for none known).</summary>
public sealed record ExportNames(
    IReadOnlyDictionary<string, string> Customers, IReadOnlyDictionary<string, string> Engineers, IReadOnlyDictionary<string, string> Stations)
{
    public static readonly ExportNames None = new(new Dictionary<string, string>(), new Dictionary<string, string>(), new Dictionary<string, string>());

    /// <summary>The names of the ids in the rows, each kind asked once of the directory.</summary>
    public static async Task<ExportNames> Of<T>(
        IReadOnlyCollection<T> rows, Func<T, string?> customer, Func<T, string?> engineer, Func<T, string?> station,
        Func<NameKind, IEnumerable<string?>, Task<IReadOnlyDictionary<string, string>>> names) =>
        new(await names(NameKind.Customer, rows.Select(customer).Distinct()),
            await names(NameKind.Engineer, rows.Select(engineer).Distinct()),
            await names(NameKind.Station, rows.Select(station).Distinct()));

    public static string? Of(IReadOnlyDictionary<string, string> names, string? id) => id is null ? null : names.GetValueOrDefault(id);
}
