using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace AfterSales.Silo.Api.Validation;

/// <summary>
/// A JSON body is at most 1 MiB (docs/api.md "Lists, idempotency, limits"): a larger one answers 413, unread. An endpoint
/// that takes more (an evidence file's upload) says so with <see cref="IRequestSizeLimitMetadata"/>.
/// </summary>
public static class BodyLimit
{
    public const long MaxBytes = 1024 * 1024;

    public static RequestDelegate Check(RequestDelegate next) => async http =>
    {
        var max = http.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? MaxBytes;
        if (http.Request.ContentLength > max)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await http.RequestServices.GetRequiredService<IProblemDetailsService>()
                .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = Problem(max) });
            return;
        }

        // A body without a length (chunked) is cut at the limit by the server, which then answers 413 too.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = max;
        }

        await next(http);
    };

    public static ProblemDetails Problem(long max = MaxBytes) => new()
    {
        Status = StatusCodes.Status413PayloadTooLarge,
        Title = "The body is too large",
        Detail = $"A request body is at most {max} bytes.",
        Extensions = { ["ruleId"] = "API-BODY" },
    };
}
