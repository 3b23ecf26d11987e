using AfterSales.Grains.CodeOfConduct;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace AfterSales.Silo.Hosting;

/// <summary>The Orleans silo of this process: clustering, grain storage, the Orleans dashboard, the rules' settings.</summary>
public static class SiloHosting
{
    public const string ServiceId = "aftersales";

    public static WebApplicationBuilder AddAfterSalesSilo(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var siloPort = config.GetValue("Cluster:SiloPort", EndpointOptions.DEFAULT_SILO_PORT);
        var gatewayPort = config.GetValue("Cluster:GatewayPort", EndpointOptions.DEFAULT_GATEWAY_PORT);
        var storage = config["Storage:Provider"] ?? "Sqlite";
        if (!storage.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new NotSupportedException($"Storage:Provider '{storage}' is not supported; use Sqlite.");
        }

        var connectionString = config.GetConnectionString("AfterSales")
            ?? $"Data Source={Path.Combine(HostSettings.DataDirectory(config), "aftersales.db")};Default Timeout=30";
        SqliteSchema.Apply(connectionString);

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.Configure<CodeOfConductSettings>(config.GetSection(CodeOfConductSettings.Section));
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort, gatewayPort, serviceId: ServiceId, clusterId: "aftersales-local");
            silo.AddAdoNetGrainStorageAsDefault(o =>
            {
                o.Invariant = "System.Data.SQLite";
                o.ConnectionString = connectionString;
            });
            // Plain JSON without .NET type names: state stays readable after a type is renamed or a collection changes shape.
            silo.UseSystemTextJsonGrainStorageSerializer();
            silo.AddDashboard();
        });
        return builder;
    }
}
