namespace AfterSales.GrainInterfaces.Access;

/// <summary>What a caller may do with a ticket (R-TKT, R-WTY) and its alerts; each name is the grain's method or the query's (see <see cref="AccessPolicy"/>).</summary>
public enum TicketOperation
{
    Open,
    Get,
    List,
    Classify,
    Assign,
    RecordContact,
    RecordPhoneAttempt,
    Dispatch,
    RecordArrival,
    RecordSiteFindings,
    Resolve,
    Escalate,
    AnswerEscalation,
    SubmitReport,
    SignReport,
    ReviewReport,
    FileReport,
    ReplyToCustomer,
    Confirm,
    RequestWarrantyParts,
    DecideWarrantyParts,
    ApplyForWarrantyParts,
    ReturnOldPart,
    DispositionOldPart,
    StartCustomerWait,
    EndCustomerWait,
    AcknowledgeAlert,
    ListAlerts,
}
