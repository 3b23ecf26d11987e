using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AfterSales.Silo.Health;

/// <summary>
/// Liveness and readiness with ASP.NET Core's health checks: <c>/health/live</c> (the process answers),
/// <c>/health/ready</c> and <c>/health</c> (storage takes writes, schema applied, silo Active, outbox lag under its
/// bound): 200 when ready, 503 when not, with a JSON body naming each check. All anonymous.
/// </summary>
public static class HealthHosting
{
    private const string Ready = "ready";

    /// <summary>The checks of readiness (<c>/health/ready</c>, and the Operations start page).</summary>
    public static bool IsReadiness(HealthCheckRegistration check) => check.Tags.Contains(Ready);

    public static IServiceCollection AddReadiness(this IServiceCollection services)
    {
        services.AddSingleton<OutboxStatus>();
        services.AddSingleton<OutboxWatch>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxWatch>());
        services.AddHealthChecks()
            .AddCheck<StorageCheck>("storage", tags: [Ready])
            .AddCheck<SchemaCheck>("schema", tags: [Ready])
            .AddCheck<SiloActiveCheck>("silo", tags: [Ready])
            .AddCheck<OutboxLagCheck>("outbox", tags: [Ready]);
        return services;
    }

    public static void MapReadiness(this IEndpointRouteBuilder app)
    {
        var ready = new HealthCheckOptions { Predicate = IsReadiness, ResponseWriter = Write };
        app.MapHealthChecks("/health", ready).AllowAnonymous();
        app.MapHealthChecks("/health/ready", ready).AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = Write }).AllowAnonymous();
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static Task Write(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new
            {
                name = e.Key,
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                durationMs = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
            }),
        }, Json);
    }
}
