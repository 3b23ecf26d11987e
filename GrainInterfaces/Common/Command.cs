namespace AfterSales.GrainInterfaces.Common;

/// <summary>
/// The envelope of every state-changing grain call: who asks, and the idempotency key of the request
/// (the same key again returns the first answer and changes nothing more).
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.Command`1")]
public sealed record Command<T>(
    [property: Id(0)] Actor By,
    [property: Id(1)] T Body,
    [property: Id(2)] string? IdempotencyKey = null)
{
    /// <summary>
    /// The key as the grains keep it: one caller's key. The same key from another caller is another request, and
    /// never gets the first caller's answer.
    /// </summary>
    public string? CallerKey => IdempotencyKey is null ? null : $"{By.UserId}/{IdempotencyKey}";
}
