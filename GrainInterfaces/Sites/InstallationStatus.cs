namespace AfterSales.GrainInterfaces.Sites;

public enum InstallationStatus
{
    Installing,
    Accepted,
    Commissioned,
}
