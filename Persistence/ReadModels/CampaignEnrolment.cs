using AfterSales.GrainInterfaces.Campaigns;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Machines;
using AfterSales.Persistence.Settings;
using Microsoft.Extensions.Options;
using Enrolment = AfterSales.GrainInterfaces.Machines.CampaignEnrolment;

namespace AfterSales.Persistence.ReadModels;

/// <summary>
/// R-CMP-1: gives every machine a campaign reaches its one campaign ticket. Every <c>Campaigns:EnrolSeconds</c> (default
/// 60) it looks, for each campaign, in the machine list for the machines it reaches that have no ticket of it yet (a page
/// of 500 at a time, by serial) and asks each machine to join, 32 at a time. So a machine registered or commissioned
/// after the campaign was created joins at the next round (the late joiner), and no grain holds a campaign's machines.
/// Every silo enrols; a machine asked twice opens one ticket (its id is fixed by the campaign and the serial).
/// </summary>
public sealed class CampaignEnrolment(
    IGrainFactory grains, ReadModel readModel, IOptions<CampaignOptions> options, ILogger<CampaignEnrolment> logger) : BackgroundService
{
    public const int PageSize = 500;
    public const int Batch = 32;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.EnrolSeconds));
        do
        {
            try
            {
                await Round(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The campaign enrolment could not finish its round; it tries again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One round over every campaign; answers how many machines joined.</summary>
    public async Task<int> Round(CancellationToken cancellationToken = default)
    {
        var joined = 0;
        foreach (var campaign in await readModel.AllCampaigns())
        {
            joined += await Enrol(campaign, int.MaxValue, cancellationToken);
        }

        return joined;
    }

    /// <summary>
    /// The machines the campaign reaches that have no ticket of it yet join it, at most <paramref name="pages"/> pages of
    /// <see cref="PageSize"/>; answers how many joined. A machine that cannot join now is logged and tried next round.
    /// </summary>
    public async Task<int> Enrol(CampaignView campaign, int pages = int.MaxValue, CancellationToken cancellationToken = default)
    {
        var enrolment = new Enrolment(campaign.Id, campaign.Title, campaign.Kind, campaign.Parts, campaign.DueBy);
        var joined = 0;
        var after = "";
        for (var page = 0; page < pages; page++)
        {
            // Keyset by serial: a machine that fails to join is not met again in this round.
            var serials = await readModel.CampaignReach(campaign, after, PageSize);
            foreach (var batch in serials.Chunk(Batch))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var results = await Task.WhenAll(batch.Select(serial => Join(serial, enrolment)));
                joined += results.Count(ok => ok);
            }

            if (serials.Count < PageSize)
            {
                break;
            }

            after = serials[^1];
        }

        return joined;
    }

    /// <summary>
    /// A new campaign's first page of machines joins at once (the API asks it after the campaign is created); a failure is
    /// logged, not answered: the campaign is created, and the round enrols what is left.
    /// </summary>
    public async Task EnrolFirstPage(CampaignView campaign, CancellationToken cancellationToken)
    {
        try
        {
            await Enrol(campaign, pages: 1, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Campaign {Campaign} could not enrol its first machines at once; its next round does", campaign.Id);
        }
    }

    private async Task<bool> Join(string serial, Enrolment enrolment)
    {
        try
        {
            await grains.Get<IMachineGrain>(serial).JoinCampaign(enrolment);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Machine {Serial} could not join campaign {Campaign}; it is asked again at the next round", serial, enrolment.CampaignId);
            return false;
        }
    }
}
