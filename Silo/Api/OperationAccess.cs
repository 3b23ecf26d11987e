using AfterSales.GrainInterfaces.Access;

namespace AfterSales.Silo.Api;

/// <summary>The operation of the access policy an endpoint runs: its role is asked before the body is read.</summary>
public sealed record OperationAccess(Enum Operation)
{
    /// <summary>Refuses (403) a caller whose role may not run the endpoint's operation at all, before binding its input.</summary>
    public static RequestDelegate Check(RequestDelegate next) => http =>
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<OperationAccess>() is { } access && http.User.Identity?.IsAuthenticated == true)
        {
            AccessPolicy.RequireRole(http.Actor(), access.Operation);
        }

        return next(http);
    };
}
