using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Engineers;
using AfterSales.Silo.Api.Requests;

namespace AfterSales.Silo.Api;

public static class ToolKitEndpoints
{
    public static void MapToolKits(this RouteGroupBuilder api)
    {
        var kits = api.MapGroup("/tool-kits").WithTags("Tool kits");

        kits.MapGet("/{productLine}", async (ProductLine productLine, IGrainFactory grains) =>
                TypedResults.Ok(await grains.Get<IToolKitGrain>(productLine.ToString()).Get()))
            .Runs(ToolKitOperation.Get, "getToolKit", "The tools an engineer must carry for a product line (R-ENG-2)");

        kits.MapPut("/{productLine}", async (ProductLine productLine, ToolKitBody body, HttpContext http, IGrainFactory grains) =>
                TypedResults.Ok(await grains.Get<IToolKitGrain>(productLine.ToString()).Set(http.Command(body.Tools))))
            .Runs(ToolKitOperation.Set, "setToolKit", "Set the tool kit of a product line (R-ENG-2)");
    }
}
