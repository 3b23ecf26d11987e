namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>Intake channels of service information (R-TKT-1).</summary>
public enum IntakeChannel
{
    Fax,
    Letter,
    Email,
    Telephone,
    WarrantyClaimForm,
    SiteRequisition,

    /// <summary>Raised by the service from a machine's maintenance plan (R-PM-2, R-PM-3).</summary>
    PreventiveMaintenance,

    /// <summary>Raised by the service for a machine of a campaign (R-CMP-1).</summary>
    Campaign,
}

public static class IntakeChannels
{
    /// <summary>Raised by the service itself for a machine (R-PM-2, R-CMP-1): never taken in from a caller.</summary>
    public static bool Planned(this IntakeChannel channel) => channel is IntakeChannel.PreventiveMaintenance or IntakeChannel.Campaign;

    /// <summary>Work on site from the start (R-TKT-4): a site requisition, or planned work, is dispatched without a phone attempt.</summary>
    public static bool SiteWork(this IntakeChannel channel) => channel == IntakeChannel.SiteRequisition || channel.Planned();

    /// <summary>The channels a person takes a request in by.</summary>
    public static readonly IReadOnlyList<IntakeChannel> TakenIn = [.. Enum.GetValues<IntakeChannel>().Where(c => !c.Planned())];
}
