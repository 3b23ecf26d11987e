using AfterSales.GrainInterfaces.Common;
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
            if (string.IsNullOrWhiteSpace(s.Id))
            {
                throw new InvalidInputException("R-STN-1", "id", "A service station needs an id.");
            }

            var view = await grains.GetGrain<IServiceStationGrain>(s.Id).Register(
                http.Command(new StationAgreement(s.Name, s.Regions, s.ProductLines, s.ValidFrom, s.ValidTo)));
            return Results.Created($"/api/stations/{Uri.EscapeDataString(view.Id)}", view);
        });

        // Staff read every station; a station reads only itself.
        stations.MapGet("/{id}", async (string id, HttpContext http, IGrainFactory grains) =>
        {
            var actor = http.Actor();
            if (!actor.IsStaff() && !(actor.Role == Role.ServiceStation && actor.StationId == id))
            {
                throw new ForbiddenException("API-OWN", $"{actor.Role} {actor.UserId} may read only its own station.");
            }

            return Results.Ok(await grains.GetGrain<IServiceStationGrain>(id).Get());
        });
    }
}
