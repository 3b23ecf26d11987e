using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Dashboard.App;

/// <summary>
/// What the desk works through, by what is due, in the order of the code of conduct: to classify (R-TKT-2), to assign
/// (R-ENG-1), to dispatch (R-TKT-5), planned maintenance and campaign work to dispatch (R-PM-2, R-CMP-1), to approve and
/// to file the report (R-TKT-10), to reply (R-TKT-11); and the open tickets whose deadline is less than 30 minutes away
/// or already missed (R-TKT-3, R-TKT-5).
/// </summary>
public enum DeskQueue
{
    Classify,
    Assign,
    Dispatch,
    PlannedWork,
    Approve,
    File,
    Reply,
    NearBreach,
    Breached,
}

public static class DeskQueues
{
    public static readonly TimeSpan NearBreach = TimeSpan.FromMinutes(30);

    public static TicketFilter Filter(this DeskQueue queue, DateTimeOffset now) => queue switch
    {
        DeskQueue.Classify => new(TicketStatus.Received),
        DeskQueue.Assign => new(TicketStatus.Classified, Assigned: false, Planned: false),
        DeskQueue.Dispatch => new(TicketStatus.Contacted),
        // Planned site work waits for the manager's dispatch from the start: no contact or phone attempt first.
        DeskQueue.PlannedWork => new(TicketStatus.Classified, Planned: true),
        DeskQueue.Approve => new(TicketStatus.ReportSubmitted),
        DeskQueue.File => new(TicketStatus.ReportApproved),
        DeskQueue.Reply => new(TicketStatus.ReportFiled),
        DeskQueue.NearBreach => new(Breached: false, Closed: false, SlaDueBefore: now + NearBreach),
        _ => new(Breached: true, Closed: false),
    };
}
