namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>How watching a ticket works (<see cref="ITicketWatcher"/>): a watch lasts <see cref="Lasts"/> unless renewed.</summary>
public static class TicketWatch
{
    public static readonly TimeSpan Lasts = TimeSpan.FromMinutes(2);

    /// <summary>How often a watcher renews its watch: well within <see cref="Lasts"/>.</summary>
    public static readonly TimeSpan Renew = TimeSpan.FromSeconds(45);
}
