using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Common.Limits;

namespace AfterSales.Silo.Api.Requests;

/// <summary>A client app that signs in as itself (client credentials): its id, the one role its tokens carry, a name for people.</summary>
public sealed record NewOAuthClient([property: Identifier] string ClientId, Role Role, [property: ShortText] string DisplayName);
