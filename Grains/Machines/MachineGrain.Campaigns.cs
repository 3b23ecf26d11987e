using AfterSales.GrainInterfaces.Machines;

namespace AfterSales.Grains.Machines;

/// <summary>Service campaigns (R-CMP-1): one campaign ticket per machine.</summary>
public sealed partial class MachineGrain
{
    public Task<string> JoinCampaign(CampaignEnrolment enrolment) => throw new NotSupportedException("Campaigns are not built yet.");
}
