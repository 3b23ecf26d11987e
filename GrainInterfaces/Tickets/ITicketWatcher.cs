namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>
/// Told each time a ticket is written (a page open on it, to show that someone else acted). Registered with
/// <see cref="ITicketGrain.Watch"/> and renewed within <see cref="TicketWatch.Lasts"/>, else forgotten.
/// </summary>
[Alias("AfterSales.ITicketWatcher")]
public interface ITicketWatcher : IGrainObserver
{
    [Alias("Changed"), Orleans.Concurrency.OneWay]
    Task Changed(TicketChange change);
}
