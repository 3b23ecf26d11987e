using AfterSales.Silo.Accounts;
using OpenIddict.Validation;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace AfterSales.Silo.OAuth;

/// <summary>
/// An access token issued for a person is taken only while the account lets the person in (enabled, the same session
/// stamp), as the browser's session is (Accounts/SessionCookie): disabling an account ends its tokens at once, not
/// when they expire. A client app's token (client credentials) names no account and is not asked.
/// </summary>
public sealed class AccountStillCurrent(IGrainFactory grains) : IOpenIddictValidationHandler<ProcessAuthenticationContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } = OpenIddictValidationHandlerDescriptor.CreateBuilder<ProcessAuthenticationContext>()
        .UseSingletonHandler<AccountStillCurrent>()
        .SetOrder(OpenIddictValidationHandlers.ValidateAccessToken.Descriptor.Order + 500)
        .SetType(OpenIddictValidationHandlerType.Custom)
        .Build();

    public async ValueTask HandleAsync(ProcessAuthenticationContext context)
    {
        // A client app's token names no account and is not asked.
        if (context.AccessTokenPrincipal is { } principal && SessionPrincipal.AccountOf(principal) is not null
            && await SessionPrincipal.Current(grains, principal) is null)
        {
            context.Reject(Errors.InvalidToken, "The account is disabled or its sessions were ended.");
        }
    }
}
