using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Accounts;

/// <summary>
/// The subject (<c>sub</c>) of an account's sessions and tokens: its user name, except that an engineer's user is that
/// engineer and so has the engineer's id. Tokens are found by it (a disabled account's are revoked).
/// </summary>
public static class AccountSubject
{
    public static string Of(string userName, Role role, string? engineerId) =>
        role == Role.ServiceEngineer && engineerId is not null ? engineerId : userName;

    public static string Of(UserView user) => Of(user.UserName, user.Role, user.EngineerId);
}
