using AfterSales.Dashboard.Reporting;
using AfterSales.GrainInterfaces.Campaigns;
using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Dashboard.App;

/// <summary>
/// Service campaigns as the web app's pages read and start them (docs/api.md "Service campaigns", R-CMP-1): the same read
/// model, narrowing and grain as the API's, so a station sees only its machines' part.
/// </summary>
public interface ICampaigns
{
    /// <summary>Campaigns newest first with their progress, a page after the cursor; a station those reaching its machines, its part.</summary>
    Task<ListPage<CampaignView>> List(Actor by, string? after, int limit);

    /// <summary>The campaign with its progress by station as the caller may read it (403 otherwise, 404 unknown).</summary>
    Task<CampaignView> Read(Actor by, string id);

    /// <summary>The campaign's machines and their tickets by serial, a page after the cursor; a station its own.</summary>
    Task<ListPage<CampaignMachine>> Machines(Actor by, string id, string? after, int limit);

    /// <summary>Starts a campaign (the technical department, the service manager): its first machines have their tickets when it answers.</summary>
    Task<CampaignView> Create(Actor by, NewCampaign campaign, string? idempotencyKey);
}
