namespace AfterSales.Grains.Common;

/// <summary>
/// A grain state whose writes carry outbox messages. The pipeline sets <see cref="Outbox"/> on the draft before each
/// write; it is not part of the persisted state.
/// </summary>
public interface IHasOutbox
{
    IReadOnlyList<OutboxMessage> Outbox { get; set; }
}
