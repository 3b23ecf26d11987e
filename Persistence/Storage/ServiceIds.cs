namespace AfterSales.Persistence.Storage;

/// <summary>The Orleans service id this installation has always had: the host runs under it, earlier data is filed under it.</summary>
public static class ServiceIds
{
    public const string Orleans = "aftersales";
}
