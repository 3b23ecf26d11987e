using System.Security.Claims;
using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Silo.Auth;

namespace AfterSales.Silo.Api;

/// <summary>The caller of a request as the grains see it, and the access policy asked on its behalf.</summary>
public static class Caller
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static Actor Actor(this HttpContext http) => ActorOf(http.User);

    /// <summary>The caller a signed-in user is, or 403 <c>API-ROLE</c> for one that is no caller of ours.</summary>
    public static Actor ActorOf(ClaimsPrincipal user)
    {
        // A token of the identity provider may name no role of this service, several, or none at all.
        var role = CallerRole.Of(user)
            ?? throw new ForbiddenException(CallerRole.RuleId, Sentence.Of("refusal.api.token-role", $"The token names no single role of this service ({CallerRole.Describe(user)})."));
        var subject = user.FindFirstValue(Claims.Subject);
        if (string.IsNullOrWhiteSpace(subject))
        {
            throw new ForbiddenException(CallerRole.RuleId, Sentence.Of("refusal.api.token-subject", "The token names no subject."));
        }

        return new Actor(
            subject,
            role,
            role == Role.Customer ? user.FindFirstValue(Claims.CustomerId) : null,
            role == Role.ServiceStation ? user.FindFirstValue(Claims.StationId) : null);
    }

    public static Command<T> Command<T>(this HttpContext http, T body) => http.Actor().By(body, IdempotencyKey(http));

    public static string? IdempotencyKey(HttpContext http) =>
        http.Request.Headers.TryGetValue(IdempotencyHeader, out var key) && !string.IsNullOrWhiteSpace(key) ? key.ToString() : null;

    /// <summary>Asks the access policy for a read of an object whose owner is known without loading it.</summary>
    public static Actor Require(this HttpContext http, Enum operation, Owner owner)
    {
        var actor = http.Actor();
        AccessPolicy.Require(actor, operation, owner);
        return actor;
    }

    /// <summary>The role part only: how far the caller reaches (a list or a report is then filtered to its own).</summary>
    public static (Actor Actor, Reach Reach) Reach(this HttpContext http, Enum operation)
    {
        var actor = http.Actor();
        return (actor, AccessPolicy.RequireRole(actor, operation));
    }
}
