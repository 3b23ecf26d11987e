using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Campaigns;
using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Silo.Api;

/// <summary>How far a caller reaches into a service campaign (R-CMP-1), for the API and the web app alike.</summary>
public static class CampaignReach
{
    /// <summary>The station a caller's view is narrowed to (a station reaches its own part), or null for the staff.</summary>
    public static string? StationOf(Actor by, CampaignOperation operation) =>
        AccessPolicy.RequireRole(by, operation) == Reach.Own ? by.StationId ?? "" : null;

    /// <summary>A station reads a campaign that reaches a machine of its own; another campaign is not its (403).</summary>
    public static void RequireOwn(Actor by, CampaignOperation operation, string? station, CampaignView view) =>
        AccessPolicy.Require(by, operation, new Owner(StationId: station is not null && view.Machines > 0 ? station : null));
}
