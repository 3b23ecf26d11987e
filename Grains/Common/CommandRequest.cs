using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Grains.Common;

/// <summary>
/// A command as the pipeline sees it: who asks (for the access policy), and what identifies the request for its
/// idempotency — the caller's key, the operation and its body.
/// </summary>
public sealed record CommandRequest(Actor By, string? Key, CommandOperation Operation, object? Body);
