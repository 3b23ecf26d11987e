namespace AfterSales.GrainInterfaces.Tickets;

[GenerateSerializer, Immutable, Alias("AfterSales.CustomerWaitRecord")]
public sealed record CustomerWaitRecord(
    [property: Id(0)] string Reason,
    [property: Id(1)] string By,
    [property: Id(2)] DateTimeOffset Since);
