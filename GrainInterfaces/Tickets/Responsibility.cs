namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>Who is responsible for the trouble found on site (R-TKT-6).</summary>
public enum Responsibility
{
    Customer,
    Company,
    Supplier,
    Dealer,
}
