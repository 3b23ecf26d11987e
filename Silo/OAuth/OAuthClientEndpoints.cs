using System.Security.Cryptography;
using System.Text.Json;
using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Silo.Api;
using AfterSales.Silo.Api.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AfterSales.Silo.OAuth;

/// <summary>
/// Machine accounts (docs/api.md "Accounts and sign-in"): a client app that gets tokens of one role with its id and
/// secret (client credentials). Customers' and stations' roles reach one customer or station, which a client app does not
/// name: they are not given to client apps.
/// </summary>
public static class OAuthClientEndpoints
{
    public static void MapOAuthClients(this RouteGroupBuilder api)
    {
        var clients = api.MapGroup("/oauth-clients").WithTags("Accounts and sign-in");

        clients.MapPost("/", async (NewOAuthClient c, HttpContext http, IOpenIddictApplicationManager applications) =>
        {
            http.Reach(AccountOperation.CreateClient);
            if (c.Role is Role.Customer or Role.ServiceStation)
            {
                throw new InvalidInputException("API-INPUT", "role", Sentence.Of("refusal.api.client-role-reaches-one", $"role: a client app cannot have the role {c.Role}, which reaches one customer or station."));
            }

            var secret = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
            var descriptor = new OpenIddictApplicationDescriptor
            {
                ClientId = c.ClientId,
                ClientSecret = secret,
                DisplayName = c.DisplayName.Trim(),
                ClientType = ClientTypes.Confidential,
                Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials, Permissions.Prefixes.Scope + OAuthHosting.ApiScope },
            };
            descriptor.Properties[OAuthEndpoints.RoleProperty] = JsonSerializer.SerializeToElement(c.Role.ToString());
            try
            {
                if (await applications.FindByClientIdAsync(c.ClientId) is not null)
                {
                    throw Exists(c.ClientId);
                }

                await applications.CreateAsync(descriptor);
            }
            catch (DbUpdateException)
            {
                // Created meanwhile by another request: its unique client id refused ours.
                throw Exists(c.ClientId);
            }

            return TypedResults.Created($"/api/oauth-clients/{Uri.EscapeDataString(c.ClientId)}", new OAuthClientCreated(c.ClientId, c.Role, descriptor.DisplayName, secret));
        }).Runs(AccountOperation.CreateClient, "createOAuthClient", "Create a client app (a machine account)",
            "The client then gets tokens of its role from /connect/token with client credentials; its secret is answered this once. Not for the roles Customer and ServiceStation.");
    }

    private static RuleViolationException Exists(string clientId) =>
        new(RuleIds.IdExists, Sentence.Of("refusal.api.client-exists", $"Client '{clientId}' exists."));
}
