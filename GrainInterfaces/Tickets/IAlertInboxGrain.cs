using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>
/// One partition of the service manager's SLA alerts (the same partitions as <see cref="TicketDirectory"/>), so
/// that no single grain takes every alert.
/// </summary>
[Alias("AfterSales.IAlertInboxGrain")]
public interface IAlertInboxGrain : IGrainWithIntegerKey
{
    /// <summary>Records the alert unless one with its id is there already.</summary>
    [Alias("Raise")]
    Task Raise(SlaAlert alert);

    [Alias("List")]
    Task<IReadOnlyList<SlaAlert>> List(bool openOnly);

    [Alias("Acknowledge")]
    Task<SlaAlert> Acknowledge(Command<string> command);
}
