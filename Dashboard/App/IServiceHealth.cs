namespace AfterSales.Dashboard.App;

/// <summary>The service itself as Operations watch it: readiness as <c>/health/ready</c> reports it, and the cluster's silos.</summary>
public interface IServiceHealth
{
    Task<Readiness> Readiness(CancellationToken cancellationToken = default);

    /// <summary>The silos of the cluster's membership, the active ones first.</summary>
    Task<IReadOnlyList<SiloHost>> Silos();
}

/// <summary>The readiness checks' outcome: ready when every check is healthy.</summary>
public sealed record Readiness(bool Ready, IReadOnlyList<ReadinessCheck> Checks);

/// <summary>One readiness check (<c>storage</c>, <c>schema</c>, <c>silo</c>, <c>outbox</c>) and, when it fails, why.</summary>
public sealed record ReadinessCheck(string Name, bool Healthy, string? Description);

/// <summary>A silo as the cluster's membership knows it; <see cref="Status"/> is Orleans' <c>SiloStatus</c> by name.</summary>
public sealed record SiloHost(string Address, string Name, string HostName, string Status, DateTimeOffset StartedAt, DateTimeOffset LastAlive);
