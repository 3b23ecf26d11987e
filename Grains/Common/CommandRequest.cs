namespace AfterSales.Grains.Common;

/// <summary>What identifies a request for its idempotency: the caller's key, the operation and its body.</summary>
public sealed record CommandRequest(string? Key, string Operation, object? Body);
