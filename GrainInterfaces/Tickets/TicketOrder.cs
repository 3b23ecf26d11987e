namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>
/// The order a ticket list reads in. <see cref="Newest"/>: received, newest first (the API's lists).
/// <see cref="WorkFirst"/>: an engineer's open work first, on site (or escalated from there), then dispatched, then to
/// contact (R-TKT-4), then the other open tickets, each oldest first; closed ones last, newest first.
/// <see cref="Deadline"/>: breached first, then by the next running deadline, soonest (or longest missed) first (R-TKT-3, R-TKT-5);
/// closed ones and those with no running deadline last.
/// </summary>
public enum TicketOrder
{
    Newest,
    WorkFirst,
    Deadline,
}
