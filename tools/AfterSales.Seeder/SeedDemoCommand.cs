using AfterSales.Persistence.Storage;
using AfterSales.Persistence.Storage.Files;
using System.Diagnostics;
using AfterSales.Grains.Sla;
using AfterSales.Silo.Hosting;
using AfterSales.Persistence.ReadModels;
using Npgsql;
using Spectre.Console;

namespace AfterSales.Seeder;

/// <summary>
/// <c>dotnet run --project tools/AfterSales.Seeder -- [--force] [--tickets N] [--customers N] [--engineers N] [--stations N] [--parallel N] [--seed N]</c>:
/// starts the silo on the same storage as the service (./data/ by default), loads a demo year through the grains,
/// prints what it loaded and exits. It refuses data that a previous seed filled, unless <c>--force</c>.
/// </summary>
public static class SeedDemoCommand
{
    private static readonly string[] SeedOptions = ["customers", "engineers", "stations", "tickets", "surveys", "visits", "parallel", "seed"];

    public static async Task<int> Run(string[] args)
    {
        var (options, force, configurationArgs) = Split(args);
        var size = DemoSize.Parse(options);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = configurationArgs,
            ContentRootPath = AppContext.BaseDirectory,
        });

        // The progress bar is the output; only warnings and errors interrupt it.
        builder.Configuration.AddInMemoryCollection([new("Logging:LogLevel:Default", "Warning")]);
        builder.AddAfterSalesSilo(new HistoricClock(), silo => silo.AddSeedWriteBuffer());
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var grains = host.Services.GetRequiredService<IGrainFactory>();
            var storage = StorageName(builder.Configuration);
            var runTag = "demo";
            if (await DemoSeeder.AlreadySeeded(grains))
            {
                if (!force)
                {
                    Console.Error.WriteLine(
                        $"{storage} already holds the demo data of a previous seed (customer {DemoWorld.MarkerCustomerId}).\n"
                        + "Start the service on it (dotnet run --project Silo), use another folder, or add --force to load another year's tickets on top.");
                    return 1;
                }

                runTag = $"demo{DateTime.UtcNow:MMddHHmm}";
            }

            // Ctrl+C or SIGTERM stops the host and the seed with it; before the writing phase nothing is written.
            var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
            var calendar = host.Services.GetRequiredService<BusinessCalendar>();
            var buffer = host.Services.GetRequiredService<SeedWriteBuffer>();
            await DemoFiles.Store(host.Services.GetRequiredService<IFileStore>(), host.Services.GetRequiredService<FileLedger>(), stopping);
            var (summary, written) = await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .StartAsync(async ctx =>
                {
                    var progress = new ConsoleSeedProgress(ctx);
                    var seeded = await new DemoSeeder(grains, calendar, size, progress).Run(runTag, stopping);
                    var watch = Stopwatch.StartNew();
                    progress.Start(SeedPhase.Writing, buffer.Pending);
                    await buffer.Flush(() => progress.Advance(SeedPhase.Writing));

                    // The read models learn of the year from the outbox the flush wrote: applied now, so the dashboard is ready.
                    await host.Services.GetRequiredService<Projector>().CatchUp(stopping);
                    return (seeded, watch.Elapsed);
                });
            Print(summary, written, storage);
            return summary.Failed == 0 ? 0 : 1;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("seed-demo stopped before it wrote the year; the data is as it was.");
            return 130;
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static void Print(DemoSummary s, TimeSpan written, string storage)
    {
        Console.WriteLine($"""
            Demo year loaded into {storage} in {(s.Elapsed + written).TotalSeconds:0.0} s (master data {s.MasterData.TotalSeconds:0.0} s, tickets {s.TicketTime.TotalSeconds:0.0} s, writing {written.TotalSeconds:0.0} s):
              {s.Stations} service stations, {s.Engineers} engineers ({s.QualifiedEngineers} qualified), {s.Customers} customers with {s.Machines} machines
              {s.Tickets} tickets: {s.Closed} closed, {s.Open} still open; {s.Surveys} survey results, {s.QualityVisits} quality visits
              months planned to fall under the satisfaction target: {string.Join(", ", s.BadMonths)}
            """);
        if (s.Failed > 0)
        {
            Console.Error.WriteLine($"{s.Failed} ticket(s) were refused by the rules:\n  " + string.Join("\n  ", s.Errors));
        }

        Console.WriteLine($"""

            {s.Accounts} people's accounts, all with the password {s.Password} (shown this once; each person may change it at /account):
              {string.Join(", ", AccountSeeding.Staff.Select(p => p.UserName))};
              engineer-001 .. engineer-{s.Engineers:000}, station-1 .. station-{s.Stations}, customer-001 .. customer-{Math.Min(s.Customers, AccountSeeding.CustomersWithAccounts):000}
              (manager, leader and operations set up a second factor with an authenticator app when they first sign in)

            now run: dotnet run --project Silo
            then open http://localhost:5000/login and sign in as assistant
            """);
    }

    /// <summary>Where the year goes: the SQLite data directory, or the PostgreSQL database (without its password).</summary>
    private static string StorageName(IConfiguration config)
    {
        if (SiloHosting.Provider(config) != StorageProvider.PostgreSql)
        {
            return HostSettings.DataDirectory(config);
        }

        var database = new NpgsqlConnectionStringBuilder(config.GetConnectionString("AfterSales"));
        return $"PostgreSQL database {database.Database} on {database.Host}:{database.Port}";
    }

    /// <summary>The seed's own options apart from the configuration the host reads (e.g. --Storage:DataDirectory=...).</summary>
    private static (Dictionary<string, string> Options, bool Force, string[] Configuration) Split(string[] args)
    {
        var options = new Dictionary<string, string>();
        var rest = new List<string>();
        var force = false;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i].TrimStart('-');
            if (args[i] == "--force")
            {
                force = true;
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && SeedOptions.Contains(name) && i + 1 < args.Length)
            {
                options[name] = args[++i];
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        return (options, force, [.. rest]);
    }
}
