using Orleans.TestingHost;

namespace AfterSales.Tests.Cluster;

/// <summary>A test cluster of one silo on a database of its own, configured by <typeparamref name="TConfigurator"/>.</summary>
public abstract class OneSiloCluster<TConfigurator> : IDisposable
    where TConfigurator : ISiloConfigurator, new()
{
    protected OneSiloCluster()
    {
        Cluster = new TestClusterBuilder(1).WithDatabase().AddSiloBuilderConfigurator<TConfigurator>().Build();
        Cluster.Deploy();
    }

    public TestCluster Cluster { get; }

    public IGrainFactory Grains => Cluster.GrainFactory;

    public void Dispose()
    {
        Cluster.StopAllSilos();
        GC.SuppressFinalize(this);
    }
}
