using Microsoft.AspNetCore.Mvc;

namespace AfterSales.Silo.Api;

/// <summary>
/// Names an endpoint for clients (operation id, summary), ties it to its operation of the access policy and lists the
/// problems it may answer, so the API document describes every response (docs/api.md "Conventions").
/// </summary>
public static class Operations
{
    private static readonly string[] ProblemJson = ["application/problem+json"];

    public static RouteHandlerBuilder Runs(this RouteHandlerBuilder endpoint, Enum operation, string operationId, string summary, string? description = null)
    {
        endpoint
            .WithMetadata(new OperationAccess(operation))
            .WithName(operationId)
            .WithSummary(summary)
            .WithDescription(description ?? summary);
        endpoint.Add(Problems);
        return endpoint;
    }

    private static void Problems(EndpointBuilder endpoint)
    {
        var reads = endpoint.Metadata.OfType<HttpMethodMetadata>().All(m => m.HttpMethods.All(h => h is "GET" or "HEAD"));
        var byId = endpoint is RouteEndpointBuilder { RoutePattern.Parameters.Count: > 0 };
        endpoint.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), ProblemJson));
        int[] statuses =
        [
            StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden,
            .. byId ? [StatusCodes.Status404NotFound] : Array.Empty<int>(),
            .. reads ? [] : new[] { StatusCodes.Status409Conflict, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status422UnprocessableEntity },
            StatusCodes.Status429TooManyRequests, StatusCodes.Status503ServiceUnavailable,
        ];
        foreach (var status in statuses)
        {
            endpoint.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ProblemJson));
        }
    }
}
