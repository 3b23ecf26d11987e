using System.Diagnostics;
using AfterSales.Silo.Auth;

namespace AfterSales.Silo.Telemetry;

/// <summary>
/// One line per request at Information: method, route, status, time, the caller's role (never its token), the rule id
/// of a refusal and the trace id. Probes (<c>/health</c>, <c>/metrics</c>) at Debug.
/// </summary>
public sealed partial class RequestLog(RequestDelegate next, ILogger<RequestLog> logger)
{
    /// <summary>Where the problem details of a refusal leave its rule id for this line.</summary>
    public const string RuleIdItem = "AfterSales.RuleId";

    public async Task InvokeAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        // The route as routing chose it: the exception handler clears the endpoint when it answers a problem.
        var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value ?? "";
        try
        {
            await next(http);
        }
        finally
        {
            var role = CallerRole.Of(http.User)?.ToString() ?? (http.User.Identity?.IsAuthenticated == true ? "no-role" : "anonymous");
            var rule = http.Items.TryGetValue(RuleIdItem, out var r) ? r as string : null;
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var trace = Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier;
            if (TelemetryHosting.IsProbe(http.Request.Path))
            {
                Probe(logger, http.Request.Method, route, http.Response.StatusCode, elapsed);
            }
            else
            {
                Answered(logger, http.Request.Method, route, http.Response.StatusCode, elapsed, role, rule ?? "-", trace);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Route} {Status} {ElapsedMs:0.0} ms role={Role} rule={RuleId} trace={TraceId}")]
    private static partial void Answered(ILogger logger, string method, string route, int status, double elapsedMs, string role, string ruleId, string traceId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Method} {Route} {Status} {ElapsedMs:0.0} ms")]
    private static partial void Probe(ILogger logger, string method, string route, int status, double elapsedMs);
}
