namespace AfterSales.Grains.Common;

/// <summary>
/// What a master-data grain (customer, engineer, station, site) tells the directory read model: its name, the regions
/// it is in or serves, the line of its list (<typeparamref name="T"/>), whose it is (a site's customer) and how many
/// of its things await an answer (a site's open installation problems); a null <see cref="Name"/> removes it.
/// </summary>
public sealed record DirectoryProjection<T>(string? Name, IReadOnlyList<string> Regions, T? Summary, string? OwnerId = null, int Attention = 0)
{
    public static DirectoryProjection<T> Removed => new(null, [], default);
}
