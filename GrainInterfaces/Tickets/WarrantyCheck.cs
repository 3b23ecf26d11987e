using System.Text.Json.Serialization;

namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>
/// A machine's warranty as judged on a day (R-WTY-1, R-WTY-4): the months after commissioning or the configured
/// operating hours, whichever comes first. A ticket keeps it as judged at its receipt, with the hours known then.
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.WarrantyCheck")]
public sealed record WarrantyCheck(
    [property: Id(0)] DateOnly? CommissionedOn,
    [property: Id(1)] DateOnly? ExpiresOn,
    [property: Id(2)] WarrantyStatus Status,
    [property: Id(3)] double? UntilHours = null,
    [property: Id(4)] WarrantyEnd? EndedBy = null,
    [property: Id(5)] double? HoursKnown = null)
{
    /// <summary>docs/api.md "Machines": NotStarted until commissioning, then InWarranty or Expired.</summary>
    public WarrantyState State => Status switch
    {
        WarrantyStatus.InWarranty => WarrantyState.InWarranty,
        WarrantyStatus.Expired => WarrantyState.Expired,
        _ => WarrantyState.NotStarted,
    };

    /// <summary>The last day of the months' limit (exclusive: the warranty ends on this day).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? Until => ExpiresOn;
}

/// <summary>A warranty's state (R-WTY-4).</summary>
public enum WarrantyState
{
    NotStarted,
    InWarranty,
    Expired,
}

/// <summary>Which limit ended a warranty (R-WTY-4).</summary>
public enum WarrantyEnd
{
    Months,
    Hours,
}
