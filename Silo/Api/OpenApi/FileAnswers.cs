using Microsoft.OpenApi;

namespace AfterSales.Silo.Api.OpenApi;

/// <summary>
/// An endpoint that answers a file (a PDF, a spreadsheet, an evidence file's bytes) declares it in the API document: each
/// media type it may answer, with a binary string as its schema. <c>Produces</c> without a .NET type leaves the
/// response's content empty, and a client would not know what it receives.
/// </summary>
public static class FileAnswers
{
    public static RouteHandlerBuilder AnswersFile(this RouteHandlerBuilder endpoint, string contentType, params string[] more) =>
        endpoint
            .Produces(StatusCodes.Status200OK, contentType: contentType, additionalContentTypes: more)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.Responses ??= new OpenApiResponses();
                if (!operation.Responses.TryGetValue("200", out var found) || found is not OpenApiResponse ok)
                {
                    ok = new OpenApiResponse { Description = "OK" };
                    operation.Responses["200"] = ok;
                }

                ok.Content = new[] { contentType }.Concat(more).ToDictionary(
                    type => type, _ => new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } });
                // The answer first, then the problems, as every other operation lists them.
                var ordered = operation.Responses.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
                operation.Responses.Clear();
                foreach (var (status, response) in ordered)
                {
                    operation.Responses[status] = response;
                }

                return Task.CompletedTask;
            });
}
