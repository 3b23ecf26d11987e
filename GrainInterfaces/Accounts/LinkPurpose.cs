namespace AfterSales.GrainInterfaces.Accounts;

/// <summary>What a single-use link sets a password for: a new account's first, or a forgotten one.</summary>
public enum LinkPurpose
{
    Invitation,
    Reset,
}
