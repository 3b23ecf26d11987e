using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Maintenance;
using AfterSales.Silo.Api.OpenApi;

namespace AfterSales.Silo.Api;

/// <summary>The maintenance plans of the product lines (docs/api.md "Maintenance plans", R-PM-1).</summary>
public static class MaintenancePlanEndpoints
{
    public static void MapMaintenancePlans(this RouteGroupBuilder api)
    {
        var plans = api.MapGroup("/maintenance-plans").WithTags("Maintenance plans");

        plans.MapGet("/{productLine}", async (ProductLine productLine, IGrainFactory grains) =>
                TypedResults.Ok(await grains.Get<IMaintenancePlanGrain>(productLine.ToString()).Get()))
            .Runs(MaintenanceOperation.GetPlan, "getMaintenancePlan", "The maintenance plan of a product line (R-PM-1)",
                "Its tasks, each due every so many hours or months, whichever first, and the models that override them; empty, version 0, when none was put.");

        plans.MapPut("/{productLine}", async (ProductLine productLine, MaintenancePlan? body, HttpContext http, IGrainFactory grains) =>
                TypedResults.Ok(await grains.Get<IMaintenancePlanGrain>(productLine.ToString()).Put(http.Command(TicketEndpoints.Required(body)))))
            .Runs(MaintenanceOperation.PutPlan, "putMaintenancePlan", "Replace the maintenance plan of a product line (R-PM-1)",
                "Task ids unique, each task due every so many hours or months (or both), lead times not negative, else 400 R-PM-1; the line's machines plan again.")
            .RequiresBody();
    }
}
