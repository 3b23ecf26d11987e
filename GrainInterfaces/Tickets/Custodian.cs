namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>Who holds a copy of a service report.</summary>
public enum Custodian
{
    Engineer,
    ServiceManager,
    AfterSalesArchive,
    Customer,
}
