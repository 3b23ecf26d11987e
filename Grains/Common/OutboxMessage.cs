namespace AfterSales.Grains.Common;

/// <summary>
/// What a grain's write tells the read models: the whole projection of one owner (<see cref="Kind"/>,
/// <see cref="Key"/>) as of its <see cref="Version"/>, as JSON. The storage writes it in the same transaction as
/// the state, so no acknowledged change is lost to the read models; a newer version replaces an older one there.
/// </summary>
public sealed record OutboxMessage(string Kind, string Key, long Version, string Payload);
