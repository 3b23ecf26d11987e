namespace AfterSales.GrainInterfaces.Sites;

/// <summary>A site as the site list shows it (docs/api.md "Lists"): whose, where, what is installed, and how many installation problems await an answer (R-INS-2).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.SiteSummary")]
public sealed record SiteSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string CustomerId,
    [property: Id(2)] string Address,
    [property: Id(3)] string Region,
    [property: Id(4)] IReadOnlyList<string> MachineSerials,
    [property: Id(5)] int OpenProblems);
