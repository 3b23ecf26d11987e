namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>
/// One partition of the list of tickets, so that listing needs no single hot grain.
/// Key: the partition number (see <see cref="TicketDirectory"/>).
/// </summary>
[Alias("AfterSales.ITicketDirectoryGrain")]
public interface ITicketDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>Records the ticket's summary unless a newer version is already there.</summary>
    [Alias("Upsert")]
    Task Upsert(TicketSummary summary);

    /// <summary>Takes a ticket off the list: one listed before its first write that was never written.</summary>
    [Alias("Withdraw")]
    Task Withdraw(string ticketId);

    [Alias("Find")]
    Task<IReadOnlyList<TicketSummary>> Find(TicketFilter filter);

    /// <summary>The old parts of this partition's tickets that are not back in time (R-WTY-3).</summary>
    [Alias("FindOverdueOldParts")]
    Task<IReadOnlyList<OverdueOldPart>> FindOverdueOldParts();
}
