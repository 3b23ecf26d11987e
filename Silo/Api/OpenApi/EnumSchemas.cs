using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AfterSales.Silo.Api.OpenApi;

/// <summary>
/// An enum's schema in the components is its values only, typed string. The generator writes a nullable enum property as
/// <c>oneOf: [null, $ref]</c> and, when the first property it met was nullable, put null among the shared enum's values
/// too: null then matched both branches, and a validating client refused every ticket not yet classified. Where an enum
/// may be null the property says so beside the reference, so each value matches one branch alone.
/// </summary>
public sealed class EnumSchemas : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var schema in document.Components?.Schemas?.Values.OfType<OpenApiSchema>() ?? [])
        {
            if (schema.Enum is not { Count: > 0 } values)
            {
                continue;
            }

            var named = values.Where(v => !IsNull(v)).ToList();
            schema.Enum = named;
            if (named.All(v => v!.GetValueKind() == JsonValueKind.String))
            {
                schema.Type = JsonSchemaType.String;
            }
        }

        return Task.CompletedTask;
    }

    private static bool IsNull(JsonNode? value) =>
        value is null || value.IsJsonNullSentinel() || value.GetValueKind() == JsonValueKind.Null;
}
