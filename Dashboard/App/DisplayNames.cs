namespace AfterSales.Dashboard.App;

/// <summary>What a list shows for an id: its name from the directory, else the id itself, else a dash.</summary>
public static class DisplayNames
{
    public static string Of(IReadOnlyDictionary<string, string> names, string? id) => id is null ? "—" : names.GetValueOrDefault(id, id);
}
