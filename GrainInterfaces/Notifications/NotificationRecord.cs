namespace AfterSales.GrainInterfaces.Notifications;

/// <summary>
/// What was sent about a ticket (its <c>notifications[]</c>): the channel (<c>email</c>, <c>webhook</c>, <c>wecom</c>),
/// to whom, for which event, when it was due, and the result (<c>Pending</c>, <c>Sent</c>, <c>Failed</c>, <c>Skipped</c>
/// with why).
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.NotificationRecord")]
public sealed record NotificationRecord(
    [property: Id(0)] string Channel,
    [property: Id(1)] string To,
    [property: Id(2)] string Event,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string Result,
    [property: Id(5)] int Attempts,
    [property: Id(6)] string? Detail,
    [property: Id(7)] DateTimeOffset? SentAt);
