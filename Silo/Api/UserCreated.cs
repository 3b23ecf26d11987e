using AfterSales.GrainInterfaces.Accounts;
using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Silo.Api;

/// <summary>
/// A new account as <c>POST /api/users</c> answers it: the user, and where its invitation went: mailed to
/// <see cref="InvitationSentTo"/>, or <see cref="InvitationUrl"/>, shown this once to whoever created it.
/// </summary>
public sealed record UserCreated(
    string UserName, string DisplayName, Role Role, string? CustomerId, string? StationId, string? EngineerId, string? Email, string? Phone,
    bool Disabled, bool PasswordSet, bool SecondFactor, DateTimeOffset? LockedUntil, DateTimeOffset CreatedAt, string? ExternalSubject,
    string? InvitationSentTo, string? InvitationUrl)
{
    public static UserCreated Of(AccountCreated created)
    {
        var u = created.User;
        return new(u.UserName, u.DisplayName, u.Role, u.CustomerId, u.StationId, u.EngineerId, u.Email, u.Phone, u.Disabled, u.PasswordSet,
            u.SecondFactor, u.LockedUntil, u.CreatedAt, u.ExternalSubject, created.SentTo, created.InvitationUrl);
    }
}
