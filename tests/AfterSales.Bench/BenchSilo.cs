using AfterSales.Grains.CodeOfConduct;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace AfterSales.Bench;

/// <summary>An in-process silo with memory grain storage, the production storage serializer and the rules.</summary>
public static class BenchSilo
{
    public static async Task<IHost> Start()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddCodeOfConductRules();
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort: 21111, gatewayPort: 40000, serviceId: "aftersales-bench", clusterId: "bench");
            silo.AddMemoryGrainStorageAsDefault();
            silo.UseSystemTextJsonGrainStorageSerializer();
            silo.UseInMemoryReminderService();
        });
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    public static IGrainStorage Storage(IHost host) =>
        host.Services.GetRequiredKeyedService<IGrainStorage>("Default");
}
