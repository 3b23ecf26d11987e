namespace AfterSales.GrainInterfaces.Tickets;

public enum ReturnedBy
{
    Engineer,
    Customer,
}
