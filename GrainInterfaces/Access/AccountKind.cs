namespace AfterSales.GrainInterfaces.Access;

/// <summary>Whose account a command touches: a customer's person (the desk manages those too) or anyone else.</summary>
public enum AccountKind
{
    Customer,
    Other,
}
