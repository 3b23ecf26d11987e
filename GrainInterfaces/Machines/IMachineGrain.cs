using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;

namespace AfterSales.GrainInterfaces.Machines;

/// <summary>
/// A machine of the installed base, by its serial (R-MCH-1): line, model, owner (and the owners before), site, delivery
/// and commissioning, warranty (R-WTY-4), hours (R-MCH-2), maintenance plan state (R-PM) and campaigns (R-CMP). Its
/// readings are kept in their own table, never in its state. Key: the serial.
/// </summary>
[Alias("AfterSales.IMachineGrain")]
public interface IMachineGrain : IGrainWithStringKey
{
    /// <summary>
    /// R-MCH-1: registers the machine to its first owner; a serial registered already is refused (409). Asked by the
    /// owning customer (<c>ICustomerGrain.AddMachine</c>), which lists it and waits for the answer: its region comes with the call.
    /// </summary>
    [Alias("Register")]
    Task<MachineView> Register(Command<MachineRegistration> command, string region);

    /// <summary>A machine of a customer written before machines were grains, taken over once (idempotent; never overwrites).</summary>
    [Alias("Adopt")]
    Task Adopt(string customerId, string region, Machine machine);

    [Alias("Get"), Orleans.Concurrency.ReadOnly]
    Task<MachineView> Get();

    /// <summary>The machine as <paramref name="by"/> may read it (the access policy): 403 otherwise, 404 unknown.</summary>
    [Alias("Read"), Orleans.Concurrency.ReadOnly]
    Task<MachineView> Read(Actor by);

    [Alias("Exists"), Orleans.Concurrency.ReadOnly]
    Task<bool> Exists();

    /// <summary>
    /// What a ticket received at <paramref name="at"/> learns of the machine (R-TKT-1, R-WTY-4): its owner, line and
    /// model, and its warranty judged with the hours known then; null when no such machine is registered.
    /// </summary>
    [Alias("AtReceipt"), Orleans.Concurrency.ReadOnly]
    Task<MachineAtReceipt?> AtReceipt(DateTimeOffset at);

    /// <summary>R-MCH-2, R-MCH-3: a reading of the operating hours; backwards or faster than time is refused.</summary>
    [Alias("RecordHours")]
    Task<MachineView> RecordHours(Command<HoursReading> command);

    /// <summary>
    /// R-MCH-3: the hours read on arrival on a ticket of this machine, asked by the ticket (which checked who arrived)
    /// before its own write; refused under R-MCH-2 like any reading.
    /// </summary>
    [Alias("RecordTicketReading")]
    Task RecordTicketReading(TicketReading reading);

    /// <summary>R-MCH-2: the service manager corrects a reading, with a reason; the original is kept beside it.</summary>
    [Alias("CorrectHours")]
    Task<MachineView> CorrectHours(Command<HoursCorrection> command);

    /// <summary>R-MCH-1: a new owner since a date; the service history stays with the machine.</summary>
    [Alias("ChangeOwner")]
    Task<MachineView> ChangeOwner(Command<OwnerChange> command);

    /// <summary>R-INS-5: commissioned on that date at that site (idempotent; the first date is kept).</summary>
    [Alias("RecordCommissioning")]
    Task RecordCommissioning(DateOnly commissionedOn, string? siteId);

    /// <summary>
    /// A preventive-maintenance or campaign ticket of this machine filed its report (R-PM-2: the task is complete;
    /// R-CMP-1: the machine is done). Idempotent.
    /// </summary>
    [Alias("WorkDone")]
    Task WorkDone(PlannedWorkDone done);

    /// <summary>The maintenance watch found the machine due (R-PM-2, R-PM-3): it raises what is due and plans its next wake.</summary>
    [Alias("WakeUp")]
    Task WakeUp();

    /// <summary>R-CMP-1: the machine is in the campaign; it gets its one campaign ticket. Idempotent.</summary>
    [Alias("JoinCampaign")]
    Task<string> JoinCampaign(CampaignEnrolment enrolment);
}
