using AfterSales.Silo.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;

namespace AfterSales.Tests.Operations;

/// <summary>Only an Active silo is ready: one that is joining, shutting down or dead takes no traffic.</summary>
public sealed class SiloReadinessTests
{
    [Theory]
    [InlineData(SiloStatus.Created)]
    [InlineData(SiloStatus.Joining)]
    [InlineData(SiloStatus.ShuttingDown)]
    [InlineData(SiloStatus.Stopping)]
    [InlineData(SiloStatus.Dead)]
    public void A_silo_that_is_not_Active_is_not_ready(SiloStatus status) =>
        Assert.Equal(HealthStatus.Unhealthy, SiloActiveCheck.Of(status).Status);

    [Fact]
    public void An_Active_silo_is_ready() => Assert.Equal(HealthStatus.Healthy, SiloActiveCheck.Of(SiloStatus.Active).Status);

    [Fact]
    public void An_outbox_older_than_its_bound_is_not_ready()
    {
        var now = DateTimeOffset.UtcNow;
        Assert.Equal(HealthStatus.Healthy, OutboxLagCheck.Of((3, 2.5, now), maxLagSeconds: 60).Status);
        Assert.Equal(HealthStatus.Unhealthy, OutboxLagCheck.Of((4000, 61, now), maxLagSeconds: 60).Status);
        Assert.Equal(HealthStatus.Unhealthy, OutboxLagCheck.Of(null, maxLagSeconds: 60).Status);
    }
}
