using System.Diagnostics;
using System.Net;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Api;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace AfterSales.Tests.Operations;

/// <summary>A service whose traces are kept in memory (OpenTelemetry's in-memory exporter), which asks for them.</summary>
public sealed class TracedApi() : ApiFixture(new Dictionary<string, string> { ["OpenTelemetry__Tracing"] = "true" })
{
    public List<Activity> Spans { get; } = [];

    protected override void ConfigureServices(IServiceCollection services) =>
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans));
}

/// <summary>One trace spans the HTTP request, the grain call and the database write.</summary>
[Collection(ApiCollection.Name)]
public sealed class TraceTests(TracedApi api) : IClassFixture<TracedApi>
{
    [Fact]
    public async Task A_command_is_one_trace_from_the_HTTP_request_through_the_grain_call_to_the_database_write()
    {
        var w = await ApiWorld.Create(api);
        var ticket = await w.Open();
        await w.Assistant.Post($"/api/tickets/{ticket.Id}/classify", new { category = "Breakdown", warrantySuspected = false }).Ok<TicketView>();

        Activity[] spans;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        Activity? request;
        do
        {
            await Task.Delay(100);
            lock (api.Spans)
            {
                spans = [.. api.Spans];
            }

            request = spans.LastOrDefault(s => s.Kind == ActivityKind.Server && s.GetTagItem("http.route") is "/api/tickets/{id}/classify");
        }
        while (request is null && DateTime.UtcNow < deadline);

        Assert.NotNull(request);
        var trace = spans.Where(s => s.TraceId == request.TraceId).ToList();
        Assert.Contains(trace, s => s.Source.Name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal) && s.DisplayName.Contains("Classify", StringComparison.Ordinal));
        var write = Assert.Single(trace, s => s.Source.Name == "AfterSales" && s.DisplayName == "grain-state write" && ((string?)s.GetTagItem("aftersales.state"))!.Contains(ticket.Id, StringComparison.Ordinal));
        Assert.Equal("sqlite", write.GetTagItem("db.system"));
        Assert.Equal(HttpStatusCode.OK, (HttpStatusCode)int.Parse(request.GetTagItem("http.response.status_code")!.ToString()!));
    }
}
