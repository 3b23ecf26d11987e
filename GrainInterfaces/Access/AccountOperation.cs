namespace AfterSales.GrainInterfaces.Access;

/// <summary>What callers do with people's accounts and client apps' (docs/api.md "Accounts and sign-in").</summary>
public enum AccountOperation
{
    Create,
    Get,
    List,
    Disable,
    Enable,
    ReadHistory,
    CreateClient,
}
