using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>A service request (R-TKT-1..12, R-WTY-1/2). Key: the ticket id.</summary>
[Alias("AfterSales.ITicketGrain")]
public interface ITicketGrain : IGrainWithStringKey
{
    [Alias("Open")]
    Task<TicketView> Open(Command<OpenTicket> command);

    /// <summary>Planned work the service raises for a machine (R-PM-2, R-PM-3, R-CMP-1); never from the API.</summary>
    [Alias("OpenPlanned")]
    Task<TicketView> OpenPlanned(Command<PlannedTicket> command);

    /// <summary>The ticket; <see cref="NotFoundException"/> when it was never opened.</summary>
    [Alias("Get"), Orleans.Concurrency.ReadOnly]
    Task<TicketView> Get();

    /// <summary>The ticket for a caller: the access policy is asked before anything of it is given.</summary>
    [Alias("Read"), Orleans.Concurrency.ReadOnly]
    Task<TicketView> Read(Actor by);

    [Alias("Classify")]
    Task<TicketView> Classify(Command<Classification> command);

    [Alias("Assign")]
    Task<TicketView> Assign(Command<Assignment> command);

    [Alias("RecordContact")]
    Task<TicketView> RecordContact(Command<ContactNote> command);

    [Alias("RecordPhoneAttempt")]
    Task<TicketView> RecordPhoneAttempt(Command<PhoneAttempt> command);

    [Alias("Dispatch")]
    Task<TicketView> Dispatch(Command<DispatchOrder> command);

    [Alias("RecordArrival")]
    Task<TicketView> RecordArrival(Command<Arrival> command);

    [Alias("RecordSiteFindings")]
    Task<TicketView> RecordSiteFindings(Command<SiteFindings> command);

    /// <summary>Whether a report of this ticket had the fingerprint <paramref name="sha256"/>, and still has it; for anyone holding the paper.</summary>
    [Alias("Verify")]
    Task<ReportVerification> Verify(string sha256);

    /// <summary>Whether this ticket names the file <paramref name="sha256"/>: an attachment, or the evidence of a report (kept after a replacement).</summary>
    [Alias("Names")]
    Task<bool> Names(string sha256);

    /// <summary>Refuses (403, 404) a caller who may not run <paramref name="operation"/> on this ticket; before an upload is read.</summary>
    [Alias("Require")]
    Task Require(Actor by, AfterSales.GrainInterfaces.Access.TicketOperation operation);

    /// <summary>R-TKT-6, R-TKT-10: a stored file becomes the ticket's evidence (docs/api.md "Evidence files").</summary>
    [Alias("Attach")]
    Task<TicketView> Attach(Command<NewAttachment> command);

    [Alias("Resolve")]
    Task<TicketView> Resolve(Command<Resolution> command);

    [Alias("Escalate")]
    Task<TicketView> Escalate(Command<EscalationRequest> command);

    [Alias("AnswerEscalation")]
    Task<TicketView> AnswerEscalation(Command<EscalationAnswer> command);

    [Alias("SubmitReport")]
    Task<TicketView> SubmitReport(Command<ReportDraft> command);

    [Alias("SignReport")]
    Task<TicketView> SignReport(Command<ReportSignature> command);

    [Alias("ReviewReport")]
    Task<TicketView> ReviewReport(Command<ReportReview> command);

    [Alias("FileReport")]
    Task<TicketView> FileReport(Command<ReportFiling> command);

    [Alias("ReplyToCustomer")]
    Task<TicketView> ReplyToCustomer(Command<CustomerReply> command);

    [Alias("Confirm")]
    Task<TicketView> Confirm(Command<Confirmation> command);

    [Alias("RequestWarrantyParts")]
    Task<TicketView> RequestWarrantyParts(Command<WarrantyPartsRequest> command);

    [Alias("DecideWarrantyParts")]
    Task<TicketView> DecideWarrantyParts(Command<WarrantyPartsDecision> command);

    [Alias("ApplyForWarrantyParts")]
    Task<TicketView> ApplyForWarrantyParts(Command<string?> command);

    [Alias("ReturnOldPart")]
    Task<TicketView> ReturnOldPart(Command<OldPartCommand<OldPartReturn>> command);

    [Alias("DispositionOldPart")]
    Task<TicketView> DispositionOldPart(Command<OldPartCommand<OldPartDisposition>> command);

    /// <summary>The ticket waits on the customer: its running deadlines pause.</summary>
    [Alias("StartCustomerWait")]
    Task<TicketView> StartCustomerWait(Command<CustomerWait> command);

    [Alias("EndCustomerWait")]
    Task<TicketView> EndCustomerWait(Command<string?> command);

    /// <summary>Marks the deadlines that have passed as breached and raises their alerts.</summary>
    [Alias("ReviewSla")]
    Task<TicketView> ReviewSla();

    /// <summary>Once its next deadline has passed (the silo's deadline watch): reviews the SLA clocks.</summary>
    [Alias("WakeUp")]
    Task WakeUp();

    /// <summary>The service manager acknowledges an alert of this ticket (R-TKT-3, R-TKT-5).</summary>
    [Alias("AcknowledgeAlert")]
    Task<SlaAlert> AcknowledgeAlert(Command<string> command);

    /// <summary>
    /// After a migration: writes the ticket again, with the alerts its breaches raised that it did not keep itself yet,
    /// so that the read models receive its projection.
    /// </summary>
    [Alias("Project")]
    Task Project(IReadOnlyList<SlaAlert> raisedBefore);

    /// <summary>Tells the watcher of each write from now on (see <see cref="ITicketWatcher"/>); calling it again renews the watch.</summary>
    [Alias("Watch"), Orleans.Concurrency.AlwaysInterleave]
    Task Watch(ITicketWatcher watcher);

    [Alias("Unwatch"), Orleans.Concurrency.AlwaysInterleave]
    Task Unwatch(ITicketWatcher watcher);
}
