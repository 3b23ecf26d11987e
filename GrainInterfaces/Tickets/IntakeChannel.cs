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
}
