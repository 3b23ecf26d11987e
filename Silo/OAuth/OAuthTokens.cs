using AfterSales.GrainInterfaces.Accounts;
using OpenIddict.Abstractions;

namespace AfterSales.Silo.OAuth;

/// <summary>
/// Ends what the OAuth server issued for an account: every authorization and token of its subject, revoked at once (a
/// refresh token is then refused; an access token lives out its 15 minutes unless its account's stamp moved, which
/// <see cref="AccountStillCurrent"/> checks at every request). Disabling an account calls it.
/// </summary>
public sealed class OAuthTokens(IServiceScopeFactory scopes)
{
    /// <summary>Revokes every authorization and token of <paramref name="subject"/> (the <c>sub</c> they carry); answers how many.</summary>
    public async Task<long> RevokeAccount(string subject, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        await using var scope = scopes.CreateAsyncScope();
        var authorizations = await scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>().RevokeBySubjectAsync(subject, cancellationToken);
        var tokens = await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>().RevokeBySubjectAsync(subject, cancellationToken);
        return authorizations + tokens;
    }

    /// <summary>Revokes every authorization and token of a person's account (its subject: <see cref="AccountSubject"/>).</summary>
    public Task<long> RevokeAccount(UserView user, CancellationToken cancellationToken = default) =>
        RevokeAccount(AccountSubject.Of(user), cancellationToken);
}
