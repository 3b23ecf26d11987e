namespace AfterSales.Dashboard.App;

/// <summary>What a list shows for an id: its name from the directory, else the id itself, else a dash.</summary>
public static class DisplayNames
{
    public static string Of(IReadOnlyDictionary<string, string> names, string? id) => id is null ? "—" : names.GetValueOrDefault(id, id);

    /// <summary>A name beside its id ("王工 · E-1"), or the id alone when the directory has no name for it.</summary>
    public static string Beside(IReadOnlyDictionary<string, string> names, string id) => names.TryGetValue(id, out var name) ? $"{name} · {id}" : id;
}
