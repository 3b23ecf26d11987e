using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Engineers;
using AfterSales.GrainInterfaces.Reporting;
using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Persistence.Storage;

/// <summary>
/// After <see cref="LegacyMigration.CopyGrainState"/>: every copied ticket and engineer writes itself once, so that
/// its projection reaches the read models (a ticket with the alerts its old alert inbox held), and the survey results
/// of the old satisfaction months become survey grains. Idempotent, so a start-up interrupted here resumes it.
/// </summary>
public sealed class LegacyProjection(IGrainFactory grains, SqlDatabase database, ILogger<LegacyProjection> logger) : IStartupTask
{
    public async Task Execute(CancellationToken cancellationToken)
    {
        if (!await LegacyMigration.ProjectionsPending(database))
        {
            return;
        }

        var alerts = (await LegacyMigration.EarlierAlerts(database)).DistinctBy(a => a.Id).ToLookup(a => a.TicketId);
        var tickets = await LegacyMigration.Copied(database, "ticket");
        foreach (var batch in tickets.Chunk(32))
        {
            await Task.WhenAll(batch.Select(id => grains.Get<ITicketGrain>(id).Project([.. alerts[id]])));
        }

        var engineers = await LegacyMigration.Copied(database, "engineer");
        foreach (var batch in engineers.Chunk(32))
        {
            await Task.WhenAll(batch.Select(id => grains.Get<IEngineerGrain>(id).Project()));
        }

        var surveys = await LegacyMigration.Surveys(database);
        foreach (var batch in surveys.Chunk(32))
        {
            await Task.WhenAll(batch.Select(s => grains.Get<ISurveyGrain>(s.Id).Import(s)));
        }

        await LegacyMigration.MarkProjected(database);
        logger.LogInformation(
            "Migrated from Orleans' grain state table: {Tickets} tickets, {Engineers} engineers, {Alerts} alerts, {Surveys} survey results",
            tickets.Count, engineers.Count, alerts.Sum(a => a.Count()), surveys.Count);
    }
}
