namespace AfterSales.GrainInterfaces.Accounts;

/// <summary>The lines of an account's history (docs/api.md "Accounts and sign-in").</summary>
public enum AccountEventKind
{
    SignedIn,
    Failed,
    LockedOut,
    Unlocked,
    Invited,
    PasswordSet,
    Reset,
    RoleChanged,
    Disabled,
    Enabled,
}
