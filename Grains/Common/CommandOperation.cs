namespace AfterSales.Grains.Common;

/// <summary>
/// A command as the access policy, idempotency and the history know it: the grain's operation (a member of the access
/// policy's enum of that grain, e.g. <c>TicketOperation.Classify</c>, named as the grain's method) and, for a command on a
/// part of the grain, its target (an installation's serial, a problem's number).
/// </summary>
public sealed record CommandOperation(Enum Command, string? Target = null)
{
    /// <summary>The operation's name: the history's action, the metrics' operation.</summary>
    public string Name => Command.ToString();

    public static implicit operator CommandOperation(Enum command) => new(command);

    /// <summary>The name and the target, as a request's idempotency fingerprint has always read them.</summary>
    public override string ToString() => Target is null ? Name : $"{Name} {Target}";
}
