using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Sites;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Persistence.Settings;
using Microsoft.Extensions.Options;

namespace AfterSales.Persistence.Storage.Files;

/// <summary>
/// docs/api.md "Evidence files": an upload whose command never came (refused, or its caller gone) is deleted a day after
/// it was last uploaded (<c>Files:UnnamedKeepHours</c>), looked for every <c>Files:SweepMinutes</c> on every silo.
/// Before a file is deleted, each owner it was uploaded for is asked whether it names it (a silo may have died
/// between the command and the ledger's note): one that does keeps it for good. Files kept before the ledger existed
/// are counted as named once, before the first sweep.
/// </summary>
public sealed class UnnamedFileSweep(
    FileLedger ledger, IFileStore files, IGrainFactory grains, SqlDatabase database, IOptions<EvidenceFileOptions> options,
    [FromKeyedServices(RulesClock.Key)] TimeProvider clock, ILogger<UnnamedFileSweep> logger) : BackgroundService
{
    public const string Backfilled = "files-ledgered";

    private const int BatchSize = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.SweepMinutes), clock);
        do
        {
            try
            {
                await Sweep(clock.GetUtcNow(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Unnamed uploads could not be swept; next attempt in {Minutes} min", options.Value.SweepMinutes);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One sweep as at <paramref name="now"/>: answers how many files were deleted.</summary>
    public async Task<int> Sweep(DateTimeOffset now, CancellationToken cancel = default)
    {
        await Backfill(cancel);
        var before = now - TimeSpan.FromHours(options.Value.UnnamedKeepHours);
        var deleted = 0;
        while (!cancel.IsCancellationRequested)
        {
            var batch = await ledger.Unnamed(before, BatchSize);
            var settled = 0;
            foreach (var upload in batch)
            {
                try
                {
                    if (await NamedByAnOwner(upload))
                    {
                        await ledger.Named(upload.Sha256);
                    }
                    else if (await ledger.Forget(upload.Sha256, before, files))
                    {
                        deleted++;
                        logger.LogInformation("Upload {Sha256} deleted: no command named it", upload.Sha256);
                    }

                    settled++;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Left for the next sweep; the others go on.
                    logger.LogWarning(e, "Upload {Sha256} could not be swept", upload.Sha256);
                }
            }

            if (batch.Count < BatchSize || settled == 0)
            {
                break;
            }
        }

        return deleted;
    }

    private async Task<bool> NamedByAnOwner(UnnamedUpload upload)
    {
        foreach (var owner in upload.Owners)
        {
            var names = owner.Kind switch
            {
                FileOwner.Ticket => await grains.Get<ITicketGrain>(owner.Id).Names(upload.Sha256),
                FileOwner.Site => await grains.Get<IInstallationSiteGrain>(owner.Id).Names(upload.Sha256),
                // An owner this version does not know of: kept rather than guessed.
                _ => true,
            };
            if (names)
            {
                return true;
            }
        }

        return false;
    }

    private async Task Backfill(CancellationToken cancel)
    {
        if (await LegacyMigration.Done(database, Backfilled))
        {
            return;
        }

        var kept = new List<string>();
        await foreach (var sha256 in files.All(cancel))
        {
            kept.Add(sha256);
        }

        await ledger.Kept(kept);
        await LegacyMigration.MarkDone(database, Backfilled);
        logger.LogInformation("{Count} files kept before the upload ledger counted as named", kept.Count);
    }
}
