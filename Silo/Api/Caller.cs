using System.Security.Claims;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Silo.Auth;

namespace AfterSales.Silo.Api;

/// <summary>The caller of a request as the grains see it, and what it may read.</summary>
public static class Caller
{
    public const string IdempotencyHeader = "Idempotency-Key";

    // Staff of the company; customers, stations and operations read only what API.md gives them.
    private static readonly Role[] NotStaff = [Role.Customer, Role.ServiceStation, Role.Operations];

    public static Actor Actor(this HttpContext http)
    {
        var user = http.User;
        // A token of the identity provider may name no role of this service, or none at all.
        var claimed = user.FindFirstValue(Claims.Role);
        if (!EnumNames.TryParse<Role>(claimed, ignoreCase: false, out var role))
        {
            throw new ForbiddenException("API-ROLE", $"The token names no role of this service ({claimed ?? "no role claim"}).");
        }

        return new Actor(
            user.FindFirstValue(Claims.Subject) ?? throw new ForbiddenException("API-ROLE", "The token names no subject."),
            role,
            user.FindFirstValue(Claims.CustomerId),
            user.FindFirstValue(Claims.StationId));
    }

    public static Command<T> Command<T>(this HttpContext http, T body) => http.Actor().By(body, IdempotencyKey(http));

    public static string? IdempotencyKey(HttpContext http) =>
        http.Request.Headers.TryGetValue(IdempotencyHeader, out var key) && !string.IsNullOrWhiteSpace(key) ? key.ToString() : null;

    public static bool IsStaff(this Actor actor) => !NotStaff.Contains(actor.Role);

    /// <summary>Staff read everything; a customer only its own; a station only what is routed to it.</summary>
    public static bool MayRead(this Actor actor, string customerId, string? stationId = null) =>
        actor.IsStaff()
        || (actor.Role == Role.Customer && actor.CustomerId == customerId)
        || (actor.Role == Role.ServiceStation && stationId is not null && actor.StationId == stationId);

    public static void RequireStaff(this Actor actor)
    {
        if (!actor.IsStaff())
        {
            throw new ForbiddenException("API-ROLE", $"{actor.Role} may not read this.");
        }
    }

    public static void RequireRead(this Actor actor, string customerId, string? stationId = null)
    {
        if (!actor.MayRead(customerId, stationId))
        {
            throw new ForbiddenException("API-OWN", $"{actor.Role} {actor.UserId} may read only its own records.");
        }
    }
}
