using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Stations;
using AfterSales.Silo.Api.Requests;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Grains.Common;
using AfterSales.Persistence.ReadModels;

namespace AfterSales.Silo.Api;

public static class StationEndpoints
{
    public static void MapStations(this RouteGroupBuilder api)
    {
        var stations = api.MapGroup("/stations").WithTags("Service stations");

        // R-STN-1/2: the signed agent agreement of an authorized service station.
        stations.MapPost("/", async (NewStation s, HttpContext http, IGrainFactory grains) =>
        {
            var view = await grains.Get<IServiceStationGrain>(s.Id).Register(
                http.Command(new StationAgreement(s.Name, s.Regions, s.ProductLines, s.ValidFrom, s.ValidTo)));
            return TypedResults.Created($"/api/stations/{Uri.EscapeDataString(view.Id)}", view);
        }).Runs(StationOperation.Register, "registerStation", "Register a service station's agreement (R-STN-1/2)");

        stations.MapGet("/", async (string? q, string? region, int? limit, string? cursor, HttpContext http, ReadModel readModel) =>
        {
            var (actor, reach) = http.Reach(StationOperation.List);
            var filter = DirectoryLists.For(actor, reach, new DirectoryFilter(q, region));
            return http.Paged(await readModel.Directory<StationView>(OutboxKinds.Station, filter, ReadModel.Limit(limit), cursor));
        }).Runs(StationOperation.List, "listStations", "List service stations", "By id, a page at a time; region finds the stations serving it (R-STN-1); a station sees only itself.");

        stations.MapGet("/{id}", async (string id, HttpContext http, IGrainFactory grains) =>
        {
            http.Require(StationOperation.Get, new Owner(StationId: id));
            return TypedResults.Ok(await grains.Get<IServiceStationGrain>(id).Get());
        }).Runs(StationOperation.Get, "getStation", "Read a service station", "Staff read every station; a station reads only itself.");
    }
}
