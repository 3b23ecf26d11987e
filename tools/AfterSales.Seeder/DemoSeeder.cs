using System.Collections.Concurrent;
using System.Diagnostics;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Engineers;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Sla;
using Bogus;

namespace AfterSales.Seeder;

/// <summary>
/// Loads a realistic year of after-sales service through the grains' own commands, so every rule of the code of
/// conduct holds for the demo data as for real data. Each event carries its historic time in the request context
/// (<see cref="HistoricClock"/>), so tickets are seeded in parallel, each with its own times. The fake data comes
/// from Bogus with a fixed seed: the same size and seed give the same year (relative to today).
/// </summary>
public sealed class DemoSeeder(IGrainFactory grains, BusinessCalendar calendar, DemoSize size, ISeedProgress progress, TimeProvider? system = null)
{
    /// <summary>Whether a previous seed already registered its customers in this data.</summary>
    public static Task<bool> AlreadySeeded(IGrainFactory grains) => grains.Get<ICustomerGrain>(DemoWorld.MarkerCustomerId).Exists();

    /// <param name="runTag">Part of the ticket ids and survey keys; a forced second seed takes another one.</param>
    /// <param name="password">The demo people's password (a new one when not given): the summary carries it, to be printed once.</param>
    public async Task<DemoSummary> Run(string runTag = "demo", CancellationToken cancellationToken = default, string? password = null)
    {
        var watch = Stopwatch.StartNew();
        var f = new Faker("zh_CN") { Random = new Randomizer(size.Seed) };
        var year = new DemoYear(f, calendar, (system ?? TimeProvider.System).GetUtcNow());
        var world = new DemoWorldFaker(f).Create(size, await ReadKits(), year.Today);
        await new MasterDataSeeding(grains, progress, size.Parallelism, cancellationToken)
            .Load(world, new DateTimeOffset(year.FirstDay.AddDays(-30).ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)));
        password ??= AccountSeeding.NewPassword();
        var accounts = await new AccountSeeding(grains, progress, size.Parallelism, cancellationToken)
            .Load(world, password, new DateTimeOffset(year.FirstDay.AddDays(-30).ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)));
        // R-MCH-2: the machines' hours over the year, read weekly; their own random, so the year's tickets stay as they were.
        var hours = new DemoHours(world, size.Seed);
        await new MachineHoursSeeding(grains, progress, size.Parallelism, cancellationToken).Load(world, year, hours);
        await new PlanSeeding(grains).Load(year);
        var masterData = watch.Elapsed;

        var planner = new TicketPlanner(f, calendar, world, year, runTag, hours);
        var stories = Enumerable.Range(1, size.Tickets).Select(planner.Plan).OrderBy(s => s.Steps[0].At).ToList();
        var (statuses, errors) = await Walk(stories, new TicketWalker(grains, year.Now), cancellationToken);
        var ticketTime = watch.Elapsed - masterData;

        var (surveys, visits) = await new SatisfactionSeeding(grains, progress, size.Parallelism, cancellationToken).Load(f, world, year, size, runTag);
        return new DemoSummary(
            world.Stations.Count, world.Engineers.Count, world.Engineers.Count(e => e.Qualified), world.Customers.Count,
            world.Customers.Sum(c => c.Machines.Count), statuses.Count, statuses.Count(s => s == TicketStatus.Closed),
            statuses.Count(s => s != TicketStatus.Closed), errors.Count, surveys, visits, [.. year.BadMonths.Order()],
            [.. errors.Take(5)], masterData, ticketTime, watch.Elapsed, [.. stories.Select(s => s.TicketId)], accounts, password);
    }

    private async Task<(ConcurrentBag<TicketStatus> Statuses, ConcurrentQueue<string> Errors)> Walk(
        IReadOnlyList<TicketStory> stories, TicketWalker walker, CancellationToken cancellationToken)
    {
        progress.Start(SeedPhase.Tickets, stories.Count);
        var statuses = new ConcurrentBag<TicketStatus>();
        var errors = new ConcurrentQueue<string>();
        await Parallel.ForEachAsync(stories, new ParallelOptions { MaxDegreeOfParallelism = size.Parallelism, CancellationToken = cancellationToken }, async (story, _) =>
        {
            try
            {
                if (await walker.Walk(story) is { } status)
                {
                    statuses.Add(status);
                }
            }
            catch (DemoSeedException e)
            {
                errors.Enqueue(e.Message);
            }

            progress.Advance(SeedPhase.Tickets);
        });
        return (statuses, errors);
    }

    // R-ENG-2: the engineers carry the kits the service manager set (or the configured defaults).
    private async Task<IReadOnlyDictionary<ProductLine, IReadOnlyList<string>>> ReadKits()
    {
        var kits = await Task.WhenAll(Enum.GetValues<ProductLine>().Select(l => grains.Get<IToolKitGrain>(l.ToString()).Get()));
        return kits.ToDictionary(k => k.ProductLine, k => k.Tools);
    }
}
