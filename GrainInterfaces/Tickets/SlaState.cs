namespace AfterSales.GrainInterfaces.Tickets;

public enum SlaState
{
    Running,

    /// <summary>Waiting on the customer: business time does not count.</summary>
    Paused,

    Met,
    Breached,

    /// <summary>No visit was needed: the problem was solved by phone.</summary>
    NotNeeded,
}
