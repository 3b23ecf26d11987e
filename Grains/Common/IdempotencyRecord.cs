namespace AfterSales.Grains.Common;

/// <summary>
/// The first answer to one caller's key within one grain (<see cref="Scope"/>): the fingerprint of the request it
/// answered and the answer, a refusal too, in Orleans' binary form.
/// </summary>
public sealed record IdempotencyRecord(string Scope, string Key, string Fingerprint, byte[] Answer, DateTimeOffset At);
