namespace AfterSales.Grains.Common;

/// <summary>
/// The first answer to one caller's key within one grain (<see cref="Scope"/>): the fingerprint of the request it
/// answered and the answer, a refusal too, in Orleans' binary form. An answer is kept just before the state it
/// comes from is written, with the ETag the state had then (<see cref="WrittenOver"/>): while the grain's state
/// still has that ETag, the write did not happen and the request has not been applied.
/// </summary>
public sealed record IdempotencyRecord(
    string Scope, string Key, string Fingerprint, byte[] Answer, DateTimeOffset At, bool BeforeWrite = false, string? WrittenOver = null);
