using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AfterSales.Silo.Api.OpenApi;

/// <summary>
/// The problem details' schemas name the extensions every problem of this API may carry (docs/api.md "Errors"): the
/// rule or convention that refused the request and the trace id of its log line.
/// </summary>
public sealed class ProblemSchemas : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var name in new[] { "ProblemDetails", "HttpValidationProblemDetails" })
        {
            if (document.Components?.Schemas?.TryGetValue(name, out var found) is true && found is OpenApiSchema { Properties: { } properties })
            {
                properties["ruleId"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Description = "The rule of the code of conduct (R-TKT-4) or the API's convention (API-INPUT, API-IDEMPOTENCY) that refused the request.",
                };
                properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The request's trace id, as logged." };
            }
        }

        return Task.CompletedTask;
    }
}
