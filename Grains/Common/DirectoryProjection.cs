namespace AfterSales.Grains.Common;

/// <summary>
/// What a master-data grain (customer, engineer, station) tells the directory read model: its name, the regions it
/// is in or serves, and the line of its list (<typeparamref name="T"/>); a null <see cref="Name"/> removes it.
/// </summary>
public sealed record DirectoryProjection<T>(string? Name, IReadOnlyList<string> Regions, T? Summary)
{
    public static DirectoryProjection<T> Removed => new(null, [], default);
}
