using System.Security.Claims;
using System.Threading.RateLimiting;
using AfterSales.Silo.Auth;
using AfterSales.Silo.Settings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace AfterSales.Silo.Api;

/// <summary>
/// Per-caller rate limits with ASP.NET Core's rate limiter (docs/api.md "Rate limits": 50 commands/s, 200 reads/s by default): a token
/// bucket per caller (its <c>sub</c>, else its address) and kind; beyond it 429 with <c>Retry-After</c>. Other callers
/// are not affected; <c>/health</c> is exempt.
/// </summary>
public static class CallerRateLimits
{
    public static IServiceCollection AddCallerRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((o, limits) =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => Partition(http, limits.Value));
            o.OnRejected = Reject;
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext http, RateLimitOptions limits)
    {
        if (http.Request.Path.StartsWithSegments("/health"))
        {
            return RateLimitPartition.GetNoLimiter("health");
        }

        var command = !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method));
        var caller = http.User.FindFirstValue(Claims.Subject) is { Length: > 0 } sub
            ? $"sub:{sub}"
            : $"ip:{http.Connection.RemoteIpAddress}";
        var perSecond = command ? limits.CommandsPerSecond : limits.ReadsPerSecond;
        return RateLimitPartition.GetTokenBucketLimiter($"{(command ? "command" : "read")}|{caller}", _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = perSecond,
            TokensPerPeriod = perSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static async ValueTask Reject(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)) : 1;
        http.Response.Headers.RetryAfter = retry.ToString();
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"This caller's rate limit is reached; retry after {retry} s.",
                Extensions = { ["ruleId"] = "API-RATE" },
            },
        });
    }
}
