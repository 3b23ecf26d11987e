using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Campaigns;

/// <summary>A service campaign (R-CMP-1). Key: the campaign's id. Its progress is read from the ticket read model.</summary>
[Alias("AfterSales.ICampaignGrain")]
public interface ICampaignGrain : IGrainWithStringKey
{
    [Alias("Create")]
    Task<CampaignView> Create(Command<NewCampaign> command);

    [Alias("Get"), Orleans.Concurrency.ReadOnly]
    Task<CampaignView> Get();
}
