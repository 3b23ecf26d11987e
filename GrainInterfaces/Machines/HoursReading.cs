using AfterSales.GrainInterfaces.Common.Limits;

namespace AfterSales.GrainInterfaces.Machines;

/// <summary>A reading of the operating hours (R-MCH-2): the meter's value and when it was read; on a ticket, its id.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.HoursReading")]
public sealed record HoursReading(
    [property: Id(0)] double Hours,
    [property: Id(1), ApiDate] DateTimeOffset ReadAt,
    [property: Id(2), Identifier] string? TicketId = null);

/// <summary>The service manager's correction of the reading taken at <see cref="ReadAt"/> (R-MCH-2).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.HoursCorrection")]
public sealed record HoursCorrection(
    [property: Id(0), ApiDate] DateTimeOffset ReadAt,
    [property: Id(1)] double Hours,
    [property: Id(2), ShortText] string Reason);

/// <summary>Who read the meter (R-MCH-2).</summary>
public enum ReadingSource
{
    /// <summary>An engineer, on a ticket of the machine.</summary>
    Engineer,

    /// <summary>The customer (itself, or read to the desk on the phone).</summary>
    Customer,

    /// <summary>The service desk or the service manager.</summary>
    Desk,

    /// <summary>The machine's own report (R-TEL-1).</summary>
    Telematics,
}

/// <summary>The machine's hours: the newest reading's value, when it was read, and by whom.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.MachineHours")]
public sealed record MachineHours(
    [property: Id(0)] double Value,
    [property: Id(1)] DateTimeOffset ReadAt,
    [property: Id(2)] ReadingSource Source);

/// <summary>
/// One reading as the readings table keeps it (<c>GET /api/machines/{serial}/hours</c>): a correction is a reading of its
/// own that names the original's <see cref="Seq"/> in <see cref="Corrects"/>; the original stays.
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.MachineReading")]
public sealed record MachineReading(
    [property: Id(0)] string Serial,
    [property: Id(1)] long Seq,
    [property: Id(2)] double Hours,
    [property: Id(3)] DateTimeOffset ReadAt,
    [property: Id(4)] ReadingSource Source,
    [property: Id(5)] string By,
    [property: Id(6)] DateTimeOffset RecordedAt,
    [property: Id(7)] string? TicketId = null,
    [property: Id(8)] long? Corrects = null,
    [property: Id(9)] string? Reason = null);

/// <summary>A reading as listed, with the correction beside its original.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.ReadingLine")]
public sealed record ReadingLine(
    [property: Id(0)] double Hours,
    [property: Id(1)] DateTimeOffset ReadAt,
    [property: Id(2)] ReadingSource Source,
    [property: Id(3)] string By,
    [property: Id(4)] DateTimeOffset RecordedAt,
    [property: Id(5)] string? TicketId,
    [property: Id(6)] ReadingCorrection? Correction);

/// <summary>The corrected value of a reading, by whom, when and why (R-MCH-2).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.ReadingCorrection")]
public sealed record ReadingCorrection(
    [property: Id(0)] double Hours,
    [property: Id(1)] string Reason,
    [property: Id(2)] string By,
    [property: Id(3)] DateTimeOffset At);

/// <summary>The hours an engineer read on arrival on a ticket (R-MCH-3).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.TicketReading")]
public sealed record TicketReading(
    [property: Id(0)] string TicketId,
    [property: Id(1)] AfterSales.GrainInterfaces.Common.Actor By,
    [property: Id(2)] double Hours,
    [property: Id(3)] DateTimeOffset ReadAt);
