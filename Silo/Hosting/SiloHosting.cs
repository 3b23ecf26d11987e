using AfterSales.Silo.Settings;
using System.Net;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Silo.Notifications;
using AfterSales.Persistence.ReadModels;
using AfterSales.Grains.Common;
using AfterSales.Persistence.Storage;
using AfterSales.Persistence.Storage.Files;
using AfterSales.Silo.Telemetry;
using Npgsql;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Providers;
using Orleans.Storage;

namespace AfterSales.Silo.Hosting;

/// <summary>The Orleans silo of this process: clustering, storage and read models, the deadline watch, the Orleans dashboard, the rules' settings.</summary>
public static class SiloHosting
{
    public const string ServiceId = ServiceIds.Orleans;

    public static StorageProvider Provider(IConfiguration config) =>
        Enum.TryParse<StorageProvider>(config["Storage:Provider"] ?? nameof(StorageProvider.Sqlite), ignoreCase: true, out var p)
            ? p
            : throw new NotSupportedException($"Storage:Provider '{config["Storage:Provider"]}' is not supported; use Sqlite or PostgreSql.");

    /// <summary>The name of the grain storage that writes durably (the default, except behind the demo seed's write buffer).</summary>
    public const string DurableStorage = "durable";

    /// <param name="rulesClock">The clock the rules read time from; the system clock unless given (the demo seed gives its own).</param>
    /// <param name="defaultStorage">
    /// Makes the grains' default storage over the durable one (registered as <see cref="DurableStorage"/>); the durable
    /// one itself unless given. The demo seed puts its write buffer there, and watches no deadlines: its tickets live on
    /// historic times, judged by the service when it starts on them.
    /// </param>
    public static TBuilder AddAfterSalesSilo<TBuilder>(this TBuilder builder, TimeProvider? rulesClock = null, Action<ISiloBuilder>? defaultStorage = null)
        where TBuilder : IHostApplicationBuilder
    {
        var config = builder.Configuration;
        builder.Services.AddServiceOptions(config);
        var provider = Provider(config);
        var siloPort = config.GetValue("Cluster:SiloPort", EndpointOptions.DEFAULT_SILO_PORT);
        var gatewayPort = config.GetValue("Cluster:GatewayPort", EndpointOptions.DEFAULT_GATEWAY_PORT);

        builder.Services.AddCodeOfConductRules(config, rulesClock);
        builder.UseOrleans(silo =>
        {
            // A grain call carries the trace of the request that made it (OpenTelemetry, Silo/Telemetry), when traced.
            if (TelemetryHosting.Traced(config))
            {
                silo.AddActivityPropagation();
            }

            if (provider == StorageProvider.PostgreSql)
            {
                UsePostgreSql(silo, config, siloPort, gatewayPort, defaultStorage);
            }
            else
            {
                UseSqlite(silo, config, siloPort, gatewayPort, defaultStorage);
            }

            // Plain JSON without .NET type names: state stays readable after a type is renamed or a collection changes shape.
            silo.UseSystemTextJsonGrainStorageSerializer();
            silo.AddDashboard();
            silo.Services.AddHostedService<OrleansDashboardSampling>();
            if (defaultStorage is null)
            {
                silo.Services.AddHostedService<DeadlineWatch>();
                silo.Services.AddHostedService<MaintenanceWatch>();
                // R-CMP-1: a singleton too, so that the API enrols a new campaign's first machines at once.
                silo.Services.AddSingleton<CampaignEnrolment>();
                silo.Services.AddHostedService(sp => sp.GetRequiredService<CampaignEnrolment>());
                silo.Services.AddNotifications();
                silo.Services.AddSingleton<UnnamedFileSweep>();
                silo.Services.AddHostedService(sp => sp.GetRequiredService<UnnamedFileSweep>());
            }
        });
        return builder;
    }

    // The embedded default: one silo on localhost, grain state, read models and all in a SQLite file.
    private static void UseSqlite(ISiloBuilder silo, IConfiguration config, int siloPort, int gatewayPort, Action<ISiloBuilder>? defaultStorage)
    {
        var connectionString = config.GetConnectionString("AfterSales")
            ?? $"Data Source={Path.Combine(HostSettings.DataDirectory(config), "aftersales.db")};Default Timeout=30";
        SchemaMigrations.Upgrade(StorageProvider.Sqlite, connectionString);

        silo.UseLocalhostClustering(siloPort, gatewayPort, serviceId: ServiceId, clusterId: "aftersales-local");
        silo.AddAfterSalesStorage(SqlDatabase.Sqlite(connectionString), defaultStorage);
        silo.Services.AddSingleton<IFileStore>(new DirectoryFileStore(Path.Combine(HostSettings.DataDirectory(config), "files")));
    }

    // Production: membership, grain state and read models in PostgreSQL; several silos form one cluster.
    private static void UsePostgreSql(ISiloBuilder silo, IConfiguration config, int siloPort, int gatewayPort, Action<ISiloBuilder>? defaultStorage)
    {
        var connectionString = PostgreSqlConnectionString(config);
        SchemaMigrations.Upgrade(StorageProvider.PostgreSql, connectionString);

        const string invariant = "Npgsql";
        var advertised = IPAddress.Parse(config["Cluster:AdvertisedIP"] ?? IPAddress.Loopback.ToString());
        silo.Configure<ClusterOptions>(o =>
        {
            o.ServiceId = ServiceId;
            o.ClusterId = config["Cluster:ClusterId"] ?? "aftersales";
        });
        silo.ConfigureEndpoints(advertised, siloPort, gatewayPort, listenOnAnyHostAddress: config.GetValue("Cluster:ListenOnAnyHostAddress", false));
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            // A silo killed with kill -9 stays Active in the membership table. A joining silo skips an Active entry
            // whose heartbeat is older than IAmAliveTablePublishTimeout x NumMissedTableIAmAliveLimit (default 5 min
            // x 2), so after every silo is lost a new one joins once the dead entries are 10 s stale, not 10 min
            // (measured: every acknowledged ticket served 27 s after a new silo was started; 37 s with 10 s, never with the default).
            o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(5);
            o.NumMissedTableIAmAliveLimit = 2;
        });
        silo.Services.Configure<ClusterMembershipOptions>(config.GetSection("Cluster:Membership"));
        silo.UseAdoNetClustering(o =>
        {
            o.Invariant = invariant;
            o.ConnectionString = connectionString;
        });
        silo.AddAfterSalesStorage(SqlDatabase.PostgreSql(connectionString), defaultStorage);
        silo.Services.AddSingleton<IFileStore>(sp => new PostgreSqlFileStore(sp.GetRequiredService<SqlDatabase>()));
    }

    /// <summary>
    /// The configured PostgreSQL connection string, with <c>No Reset On Close</c>: otherwise Npgsql sends a
    /// <c>DISCARD ALL</c> each time Orleans returns a pooled connection (measured: 7 round trips per ticket intake); and
    /// <c>Max Auto Prepare</c>, so the statements every command sends are parsed and planned once per connection, not
    /// each time (unless the connection string sets it).
    /// </summary>
    public static string PostgreSqlConnectionString(IConfiguration config)
    {
        var builder = new NpgsqlConnectionStringBuilder(config.GetConnectionString("AfterSales")
            ?? throw new InvalidOperationException("Storage:Provider PostgreSql needs ConnectionStrings:AfterSales."))
        {
            NoResetOnClose = true,
        };
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 64;
        }

        return builder.ConnectionString;
    }

    /// <summary>
    /// The service's own storage in its database: grain state with its outbox (<see cref="SqlGrainStorage"/>), the
    /// default storage of every grain (or what <paramref name="defaultStorage"/> puts over it); idempotency records;
    /// the read models and the projector that feeds them.
    /// </summary>
    public static void AddAfterSalesStorage(this ISiloBuilder silo, SqlDatabase database, Action<ISiloBuilder>? defaultStorage = null)
    {
        silo.Services.AddSingleton(database);
        LegacyMigration.CopyGrainState(database, count => Console.Error.WriteLine(
            $"warn: {count} grain state(s) of the earlier version have a key that cannot be named again (Orleans filed it as a number) and were not copied."))
            .GetAwaiter().GetResult();
        silo.AddStartupTask<LegacyProjection>();
        silo.AddStartupTask<DirectoryBackfill>();
        silo.AddStartupTask<MachineMove>();
        silo.Services.AddSingleton<FreshStates>();
        silo.Services.AddKeyedSingleton<IGrainStorage>(DurableStorage, (sp, _) =>
            new SqlGrainStorage(database, sp.GetRequiredService<IGrainStorageSerializer>(), sp.GetRequiredService<FreshStates>(), sp.GetRequiredService<CommandWrites>()));
        if (defaultStorage is not null)
        {
            defaultStorage(silo);
        }
        else
        {
            silo.Services.AddDefaultGrainStorage(sp => sp.GetRequiredKeyedService<IGrainStorage>(DurableStorage));
        }

        // Every grain writes through a storage that takes a command's outbox, history and keyed answer with the state.
        silo.AddStartupTask(
            (sp, _) =>
            {
                CommandStorageCheck.Require(sp.GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME));
                return Task.CompletedTask;
            },
            ServiceLifecycleStage.RuntimeInitialize);
        silo.Services.AddSingleton<IIdempotencyStore, SqlIdempotencyStore>();
        silo.Services.AddHostedService<IdempotencyExpiry>();
        silo.Services.AddSingleton<Projector>();
        silo.Services.AddSingleton<ReadModel>();
        silo.Services.AddSingleton<AfterSales.Grains.Machines.IMachineRecords>(sp => sp.GetRequiredService<ReadModel>());
        silo.Services.AddHostedService<ProjectorService>();
        silo.Services.AddSingleton<NotificationStore>();
        silo.Services.AddSingleton<FileLedger>();
    }
}
