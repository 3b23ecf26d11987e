namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>A command on one old part of a ticket, named by its part number.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.OldPartCommand`1")]
public sealed record OldPartCommand<T>(
    [property: Id(0)] string PartNo,
    [property: Id(1)] T Body);
