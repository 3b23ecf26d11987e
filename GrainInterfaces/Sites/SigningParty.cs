namespace AfterSales.GrainInterfaces.Sites;

/// <summary>Who signs or stamps a commissioning report (R-INS-1, R-INS-4).</summary>
public enum SigningParty
{
    Company,
    Customer,
    Driver,
}
