namespace AfterSales.GrainInterfaces.Tickets;

public enum ReportKind
{
    Phone,
    Site,
}
