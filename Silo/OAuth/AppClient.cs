using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AfterSales.Silo.OAuth;

/// <summary>
/// The desk and phone apps' client, <c>aftersales-app</c> (docs/api.md "Accounts and sign-in"): a public native client
/// (no secret) that signs people in with the authorization code and PKCE and keeps them signed in with refresh tokens.
/// Its redirect URIs are the loopback <c>http://127.0.0.1/callback</c> and <c>http://[::1]/callback</c>, on any port
/// (RFC 8252 7.3: OpenIddict ignores the port of a loopback URI of a native client), and those of
/// <c>OAuth:AppRedirectUris</c> (comma-separated, or a list). Written at every start, so the configuration decides.
/// </summary>
public sealed class AppClient(IServiceScopeFactory scopes, IConfiguration config) : IHostedService
{
    public const string ClientId = "aftersales-app";

    public static readonly string[] LoopbackRedirectUris = ["http://127.0.0.1/callback", "http://[::1]/callback"];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
            try
            {
                if (await applications.FindByClientIdAsync(ClientId, cancellationToken) is { } existing)
                {
                    await applications.UpdateAsync(existing, Descriptor(config), cancellationToken);
                }
                else
                {
                    await applications.CreateAsync(Descriptor(config), cancellationToken);
                }

                return;
            }
            catch (Exception e) when (attempt < 3 && e is DbUpdateException or OpenIddictExceptions.ConcurrencyException)
            {
                // Another silo of the cluster wrote it meanwhile: read it again and write ours over it.
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static OpenIddictApplicationDescriptor Descriptor(IConfiguration config)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            DisplayName = "AfterSales desk and phone apps",
            ClientType = ClientTypes.Public,
            ApplicationType = ApplicationTypes.Native,
            ConsentType = ConsentTypes.Implicit,
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
                Permissions.Prefixes.Scope + OAuthHosting.ApiScope,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var uri in LoopbackRedirectUris.Concat(ConfiguredRedirectUris(config)).Distinct(StringComparer.Ordinal))
        {
            descriptor.RedirectUris.Add(new Uri(uri, UriKind.Absolute));
        }

        return descriptor;
    }

    /// <summary><c>OAuth:AppRedirectUris</c>: one value, comma-separated, or a list (<c>OAuth:AppRedirectUris:0</c>, ...).</summary>
    public static IEnumerable<string> ConfiguredRedirectUris(IConfiguration config)
    {
        var section = config.GetSection("OAuth:AppRedirectUris");
        var values = section.Value is { } one ? [one] : section.GetChildren().Select(c => c.Value ?? "");
        foreach (var uri in values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            yield return Uri.TryCreate(uri, UriKind.Absolute, out _)
                ? uri
                : throw new InvalidOperationException($"OAuth:AppRedirectUris: '{uri}' is not an absolute URI.");
        }
    }
}
