using System.Diagnostics.Metrics;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Common;
using AfterSales.Silo.Hosting;
using AfterSales.Silo.Telemetry;
using AfterSales.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Tests.Operations;

/// <summary>
/// What the request path no longer pays for: Orleans' interface lookup on every reference, instruments nobody reads, and
/// the Orleans dashboard walking every activation each second.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class RequestPathCostTests(ApiFixture api)
{
    [Fact]
    public void A_cached_reference_is_the_reference_Orleans_gives_for_the_same_key()
    {
        var grains = api.Services.GetRequiredService<IGrainFactory>();
        foreach (var key in new[] { "T-1", "T-2", "客户-{1}" })
        {
            var ours = grains.Get<ITicketGrain>(key);
            var orleans = grains.GetGrain<ITicketGrain>(key);
            Assert.Equal(orleans.GetGrainId(), ours.GetGrainId());
            Assert.Equal(((GrainReference)orleans).InterfaceType, ((GrainReference)ours).InterfaceType);
        }

        Assert.Equal(grains.GetGrain<ICustomerGrain>("C-1").GetGrainId(), grains.Get<ICustomerGrain>("C-1").GetGrainId());
        Assert.ThrowsAny<ArgumentException>(() => grains.Get<ITicketGrain>(" "));
        Assert.ThrowsAny<ArgumentException>(() => grains.Get<ITicketGrain>(null!));
    }

    [Fact]
    public void Only_the_instruments_operations_read_are_recorded()
    {
        using var hosting = new Meter("Microsoft.AspNetCore.Hosting");
        using var authorization = new Meter("Microsoft.AspNetCore.Authorization");
        using var orleans = new Meter("Microsoft.Orleans");
        Assert.True(TelemetryHosting.Kept(hosting.CreateHistogram<double>("http.server.request.duration")));
        Assert.True(TelemetryHosting.Kept(orleans.CreateUpDownCounter<int>("orleans-catalog-activations")));
        Assert.True(TelemetryHosting.Kept(orleans.CreateObservableGauge("orleans-gateway-connected-clients", () => 1)));
        Assert.True(TelemetryHosting.Kept(ServiceTelemetry.Commands));
        Assert.False(TelemetryHosting.Kept(authorization.CreateCounter<long>("aspnetcore.authorization.attempts")));
        Assert.False(TelemetryHosting.Kept(orleans.CreateHistogram<int>("orleans-messaging-sent-messages-size")));
    }

    [Fact]
    public void The_Orleans_dashboard_samples_every_ten_seconds()
    {
        Assert.Equal(10_000, OrleansDashboardSampling.Current(api.Services));
    }
}
