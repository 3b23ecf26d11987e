namespace AfterSales.GrainInterfaces.Common;

/// <summary>Who issues a command: the user id, the role and, for customers and stations, whom they belong to.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.Actor")]
public sealed record Actor(
    [property: Id(0)] string UserId,
    [property: Id(1)] Role Role,
    [property: Id(2)] string? CustomerId = null,
    [property: Id(3)] string? StationId = null)
{
    /// <summary>A command issued by this actor.</summary>
    public Command<T> By<T>(T body, string? idempotencyKey = null) => new(this, body, idempotencyKey);
}
