using Microsoft.OpenApi;

namespace AfterSales.Silo.Api.OpenApi;

/// <summary>
/// A command whose body parameter is nullable, so that a JSON <c>null</c> is refused with the API's own 400
/// (<c>API-BODY</c>) rather than the framework's, still requires its object: the API document says so, without the
/// null branch the generator writes for such a parameter.
/// </summary>
public static class RequiredBodies
{
    public static RouteHandlerBuilder RequiresBody(this RouteHandlerBuilder endpoint) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.RequestBody is OpenApiRequestBody body)
            {
                body.Required = true;
                foreach (var media in body.Content?.Values ?? [])
                {
                    if (media.Schema is OpenApiSchema { OneOf: { Count: 2 } branches } && branches.Count(IsNull) == 1)
                    {
                        media.Schema = branches.Single(b => !IsNull(b));
                    }
                }
            }

            return Task.CompletedTask;
        });

    private static bool IsNull(IOpenApiSchema schema) => schema is OpenApiSchema { Type: JsonSchemaType.Null };
}
