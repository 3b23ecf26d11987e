namespace AfterSales.GrainInterfaces.Reporting;

public enum Bucket
{
    Week,
    Month,
}
