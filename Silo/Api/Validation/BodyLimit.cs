using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace AfterSales.Silo.Api.Validation;

/// <summary>A JSON body is at most 1 MiB (API.md "Lists, idempotency, limits"): a larger one answers 413, unread.</summary>
public static class BodyLimit
{
    public const long MaxBytes = 1024 * 1024;

    public static RequestDelegate Check(RequestDelegate next) => async http =>
    {
        if (http.Request.ContentLength > MaxBytes)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await http.RequestServices.GetRequiredService<IProblemDetailsService>()
                .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = Problem() });
            return;
        }

        // A body without a length (chunked) is cut at the limit by the server, which then answers 413 too.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = MaxBytes;
        }

        await next(http);
    };

    public static ProblemDetails Problem() => new()
    {
        Status = StatusCodes.Status413PayloadTooLarge,
        Title = "The body is too large",
        Detail = $"A request body is at most {MaxBytes} bytes.",
        Extensions = { ["ruleId"] = "API-BODY" },
    };
}
