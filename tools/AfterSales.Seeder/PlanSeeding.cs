using AfterSales.GrainInterfaces.Campaigns;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Machines;
using AfterSales.GrainInterfaces.Maintenance;
using static AfterSales.Seeder.DemoPeople;

namespace AfterSales.Seeder;

/// <summary>
/// The technical department's maintenance plans of the three product lines (R-PM-1) and one service campaign over the
/// truck mixers of the last year (R-CMP-1). The service raises the due work itself once it runs (its maintenance watch
/// and its campaign enrolment): the demo starts with the plans' due tickets and the campaign's.
/// </summary>
public sealed class PlanSeeding(IGrainFactory grains)
{
    public const string CampaignId = "CMP-demo-seal";

    public static readonly IReadOnlyDictionary<ProductLine, MaintenancePlan> Plans = new Dictionary<ProductLine, MaintenancePlan>
    {
        [ProductLine.TruckMixer] = new(
        [
            new("oil-500", "更换液压油及滤芯 / hydraulic oil and filter", 500, 6, 14, 25),
            new("drum-2000", "搅拌筒及叶片检查 / drum and blades inspection", 2000, 12, 21, 50),
        ]),
        [ProductLine.BatchingPlant] = new(
        [
            new("scale-calibration", "配料秤校准 / batching scale calibration", null, 6, 14),
            new("mixer-liners", "主机衬板检查 / mixer liners inspection", 1500, 12, 21, 50),
        ]),
        [ProductLine.RecyclingPlant] = new([new("screen-check", "筛网检查 / screen inspection", 600, 6, 14, 25)]),
    };

    public async Task Load(DemoYear year)
    {
        HistoricClock.Set(year.Now.AddHours(-2));
        foreach (var (line, plan) in Plans)
        {
            var grain = grains.Get<IMaintenancePlanGrain>(line.ToString());
            if ((await grain.Get()).Version == 0)
            {
                await grain.Put(TechDept.By(plan));
            }
        }

        var campaign = grains.Get<ICampaignGrain>(CampaignId);
        try
        {
            await campaign.Create(TechDept.By(new NewCampaign(
                CampaignId, "搅拌筒减速机油封更换 / drum gearbox seal retrofit", "2025 年批次油封早期磨损 / the 2025 seal batch wears early",
                CampaignKind.Retrofit, null, ProductLine.TruckMixer, null, year.Today.AddDays(-400), year.Today, ["P-4711"], year.Today.AddDays(60))));
        }
        catch (RuleViolationException e) when (e.RuleId == RuleIds.IdExists)
        {
            // A previous seed started it.
        }
    }
}
