namespace AfterSales.GrainInterfaces.Common;

/// <summary>Ids of the conventions of docs/api.md ("Errors") that are not rules of DOMAIN.md.</summary>
public static class RuleIds
{
    /// <summary>Creating an id that exists answers 409.</summary>
    public const string IdExists = "API-ID-EXISTS";

    /// <summary>An idempotency key reused for another request (HTTP 422).</summary>
    public const string IdempotencyKeyReused = "API-IDEMPOTENCY";

    /// <summary>An idempotency key sent again while its first request is still running (HTTP 409).</summary>
    public const string IdempotencyKeyInFlight = "API-IDEMPOTENCY-IN-FLIGHT";
}
