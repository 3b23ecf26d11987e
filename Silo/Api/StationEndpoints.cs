using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Stations;
using AfterSales.Silo.Api.Requests;

namespace AfterSales.Silo.Api;

public static class StationEndpoints
{
    public static void MapStations(this RouteGroupBuilder api)
    {
        var stations = api.MapGroup("/stations").WithTags("Service stations");

        // R-STN-1/2: the signed agent agreement of an authorized service station.
        stations.MapPost("/", async (NewStation s, HttpContext http, IGrainFactory grains) =>
        {
            var view = await grains.GetGrain<IServiceStationGrain>(s.Id).Register(
                http.Command(new StationAgreement(s.Name, s.Regions, s.ProductLines, s.ValidFrom, s.ValidTo)));
            return TypedResults.Created($"/api/stations/{Uri.EscapeDataString(view.Id)}", view);
        }).Runs(StationOperation.Register, "registerStation", "Register a service station's agreement (R-STN-1/2)");

        stations.MapGet("/{id}", async (string id, HttpContext http, IGrainFactory grains) =>
        {
            http.Require(StationOperation.Get, new Owner(StationId: id));
            return TypedResults.Ok(await grains.GetGrain<IServiceStationGrain>(id).Get());
        }).Runs(StationOperation.Get, "getStation", "Read a service station", "Staff read every station; a station reads only itself.");
    }
}
