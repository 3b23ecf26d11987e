namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>The status machine of a ticket (docs/api.md, "Status moves").</summary>
public enum TicketStatus
{
    Received,
    Classified,
    Contacted,
    ResolvedByPhone,
    Dispatched,
    OnSite,
    Escalated,
    Resolved,
    ReportSubmitted,
    ReportApproved,
    ReportFiled,
    Closed,
}
