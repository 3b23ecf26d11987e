namespace AfterSales.GrainInterfaces.Reporting;

public enum SatisfactionGrouping
{
    None,
    Engineer,
    Station,
}
