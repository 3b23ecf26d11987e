using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Silo.OAuth;

/// <summary>A new client app, with its secret: shown this once, kept only as OpenIddict's hash of it.</summary>
public sealed record OAuthClientCreated(string ClientId, Role Role, string DisplayName, string ClientSecret);
