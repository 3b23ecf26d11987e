using System.Diagnostics.Metrics;
using AfterSales.Grains.Common;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace AfterSales.Silo.Telemetry;

/// <summary>
/// OpenTelemetry: traces of HTTP requests through grain calls (Orleans' activity propagation) to the database (Npgsql,
/// and the service's own grain-state writes), and metrics: requests by route and status, commands by grain and outcome,
/// their latency, the outbox's backlog and lag, SLA deadlines met and breached, Orleans' own (activations by grain type).
/// Exported over OTLP when <c>OpenTelemetry:Otlp:Endpoint</c> is set, and scraped by Prometheus at <c>/metrics</c>.
/// Traces are recorded only when they go somewhere (an OTLP endpoint, or <c>OpenTelemetry:Tracing=true</c> for an exporter
/// added in code): recording spans of every request, grain call and statement for no one costs a third of a command's CPU.
/// </summary>
public static class TelemetryHosting
{
    public const string OtlpEndpointKey = "OpenTelemetry:Otlp:Endpoint";

    public const string TracingKey = "OpenTelemetry:Tracing";

    private static readonly string[] OrleansSources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"];

    private const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>The instruments of ASP.NET Core and Orleans that are recorded, beside Orleans' gauges: every other one costs CPU per request or message.</summary>
    private static readonly HashSet<string> Recorded =
    [
        "http.server.request.duration", "http.server.active_requests", "kestrel.active_connections", "kestrel.connection.duration",
        "aspnetcore.rate_limiting.requests", "aspnetcore.diagnostics.exceptions", "orleans-catalog-activations",
    ];

    public static WebApplicationBuilder AddAfterSalesTelemetry(this WebApplicationBuilder builder)
    {
        var otlp = builder.Configuration[OtlpEndpointKey] is { Length: > 0 } endpoint ? new Uri(endpoint) : null;
        var telemetry = builder.Services.AddOpenTelemetry().ConfigureResource(r => r.AddService("AfterSales.Orleans"));
        if (Traced(builder.Configuration))
        {
            telemetry.WithTracing(tracing =>
            {
                tracing
                    .AddAspNetCoreInstrumentation(o => o.Filter = http => !IsProbe(http.Request.Path))
                    .AddSource(OrleansSources)
                    .AddSource(ServiceTelemetry.Name)
                    .AddNpgsql();
                if (otlp is not null)
                {
                    tracing.AddOtlpExporter(o => o.Endpoint = otlp);
                }
            });
        }

        telemetry.WithMetrics(metrics =>
        {
            metrics
                .AddAspNetCoreInstrumentation()
                .AddMeter(ServiceTelemetry.Name, OrleansMeter)
                .AddView(instrument => Kept(instrument) ? null : MetricStreamConfiguration.Drop)
                .AddPrometheusExporter();
            if (otlp is not null)
            {
                metrics.AddOtlpExporter(o => o.Endpoint = otlp);
            }
        });
        return builder;
    }

    /// <summary>
    /// The service's instruments, the ones operations read per request (requests by route and status, activations by grain
    /// type), and Orleans' gauges, which are only read when scraped. ASP.NET Core's and Orleans' other per-message and
    /// per-request instruments (authorization attempts, lease durations, memory-pool rents, every message's size) were
    /// about 3% of the service's CPU at intake, for figures nobody reads.
    /// </summary>
    public static bool Kept(Instrument instrument) =>
        instrument.Meter.Name == ServiceTelemetry.Name
        || Recorded.Contains(instrument.Name)
        || (instrument.Meter.Name == OrleansMeter && instrument.IsObservable);

    /// <summary>Whether traces are recorded: they are exported over OTLP, or an exporter added in code asks for them.</summary>
    public static bool Traced(IConfiguration config) =>
        config[OtlpEndpointKey] is { Length: > 0 } || config.GetValue<bool>(TracingKey);

    /// <summary>The load balancer's and Prometheus' own requests: not traced, not logged at Information.</summary>
    public static bool IsProbe(PathString path) => path.StartsWithSegments("/health") || path.StartsWithSegments("/metrics");
}
