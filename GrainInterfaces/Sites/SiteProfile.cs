namespace AfterSales.GrainInterfaces.Sites;

/// <summary>A customer's installation site: whose it is, where it is.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.SiteProfile")]
public sealed record SiteProfile(
    [property: Id(0)] string CustomerId,
    [property: Id(1)] string Address,
    [property: Id(2)] string Region);
