namespace AfterSales.GrainInterfaces.Tickets;

[GenerateSerializer, Immutable, Alias("AfterSales.ReplyRecord")]
public sealed record ReplyRecord(
    [property: Id(0)] string Message,
    [property: Id(1)] string By,
    [property: Id(2)] DateTimeOffset At);
