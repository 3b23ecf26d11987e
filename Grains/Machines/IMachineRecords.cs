using AfterSales.GrainInterfaces.Machines;

namespace AfterSales.Grains.Machines;

/// <summary>
/// What a machine reads of the tables beside its state (the storage implements it): its readings, which its state never
/// holds (R-MCH-2), and its service history (R-PM-3). Each answer includes every acknowledged write.
/// </summary>
public interface IMachineRecords
{
    /// <summary>The reading taken at <paramref name="readAt"/> with its newest correction applied, and the readings just before and after it.</summary>
    Task<(MachineReading? Before, MachineReading? Reading, MachineReading? After)> Around(string serial, DateTimeOffset readAt);

    /// <summary>Whether a ticket of the machine was received in [<paramref name="from"/>, <paramref name="before"/>).</summary>
    Task<bool> Serviced(string serial, DateTimeOffset from, DateTimeOffset before);

    /// <summary>Whether the ticket's report was filed (status ReportFiled or Closed): a planned ticket's work is done (R-PM-2).</summary>
    Task<bool> ReportFiled(string ticketId);
}
