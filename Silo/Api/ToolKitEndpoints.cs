using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Engineers;
using AfterSales.Silo.Api.Requests;

namespace AfterSales.Silo.Api;

public static class ToolKitEndpoints
{
    public static void MapToolKits(this RouteGroupBuilder api)
    {
        var kits = api.MapGroup("/tool-kits").WithTags("Tool kits");

        kits.MapGet("/{productLine}", async (ProductLine productLine, HttpContext http, IGrainFactory grains) =>
        {
            http.Actor().RequireStaff();
            return Results.Ok(await grains.GetGrain<IToolKitGrain>(productLine.ToString()).Get());
        });

        kits.MapPut("/{productLine}", async (ProductLine productLine, ToolKitBody body, HttpContext http, IGrainFactory grains) =>
            Results.Ok(await grains.GetGrain<IToolKitGrain>(productLine.ToString()).Set(http.Command(body.Tools))));
    }
}
