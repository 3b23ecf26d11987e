using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Machines;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Persistence.ReadModels;
using AfterSales.Silo.Api.OpenApi;

namespace AfterSales.Silo.Api;

/// <summary>The installed base (docs/api.md "Machines"): every machine by serial, its hours, owners and warranty (R-MCH, R-WTY-4).</summary>
public static class MachineEndpoints
{
    public static void MapMachines(this RouteGroupBuilder api)
    {
        var machines = api.MapGroup("/machines").WithTags("Machines");

        machines.MapGet("/{serial}", async (string serial, HttpContext http, IGrainFactory grains, ReadModel readModel) =>
        {
            var actor = http.Actor();
            var machine = await grains.Get<IMachineGrain>(serial).Read(actor);
            // Its service history across owners for the company; a customer's or a station's own tickets of it.
            var (_, reach) = http.Reach(TicketOperation.List);
            var tickets = await readModel.TicketIds(TicketLists.For(actor, reach, new TicketFilter()), serial);
            return TypedResults.Ok(machine with { TicketIds = tickets });
        }).Runs(MachineOperation.Get, "getMachineBySerial", "Read a machine",
            "R-MCH-1: line, model, owner and owners before, site, commissioning, hours, warranty by months or hours (R-WTY-4), maintenance, tickets, campaigns; a customer its own machines, a station those of its area.");

        machines.MapGet("/", async (
            string? q, string? customerId, QueryChoice<ProductLine>? productLine, bool? maintenanceDue, int? limit, string? cursor,
            HttpContext http, ReadModel readModel) =>
        {
            var (actor, reach) = http.Reach(MachineOperation.List);
            var filter = new MachineFilter(q, customerId, null, productLine?.Value, maintenanceDue);
            filter = (reach, actor.Role) switch
            {
                (Reach.Own, Role.Customer) => filter with { CustomerId = actor.CustomerId },
                (Reach.Own, _) => filter with { StationId = actor.StationId },
                _ => filter,
            };
            return http.Paged(await readModel.Machines(filter, ReadModel.Limit(limit), cursor));
        }).Runs(MachineOperation.List, "listMachines", "List machines",
            "By serial, a page at a time; q finds a serial, model or owner; a customer sees its own machines, a station those of its area.");

        machines.MapGet("/{serial}/hours", async (string serial, int? limit, string? cursor, HttpContext http, IGrainFactory grains, ReadModel readModel) =>
        {
            var machine = await grains.Get<IMachineGrain>(serial).Read(http.Actor());
            http.Require(MachineOperation.ReadHours, new Owner(machine.CustomerId, machine.StationId));
            return http.Paged(await readModel.Readings(serial, ReadModel.Limit(limit), cursor));
        }).Runs(MachineOperation.ReadHours, "listMachineHours", "A machine's readings of its hours", "Newest read first, each correction beside its original (R-MCH-2).");

        machines.MapPost("/{serial}/hours", async (string serial, HoursReading? body, HttpContext http, IGrainFactory grains) =>
                TypedResults.Ok(await grains.Get<IMachineGrain>(serial).RecordHours(http.Command(TicketEndpoints.Required(body)))))
            .Runs(MachineOperation.RecordHours, "recordMachineHours", "Record a reading of the hours (R-MCH-2)",
                "Backwards, or more hours than time has passed since the last reading: 409 R-MCH-2. An engineer on a ticket of the machine assigned to them, the owner, the desk.")
            .RequiresBody();

        machines.MapPost("/{serial}/hours/corrections", async (string serial, HoursCorrection? body, HttpContext http, IGrainFactory grains) =>
                TypedResults.Ok(await grains.Get<IMachineGrain>(serial).CorrectHours(http.Command(TicketEndpoints.Required(body)))))
            .Runs(MachineOperation.CorrectHours, "correctMachineHours", "Correct a reading (R-MCH-2)", "The service manager, with a reason; the original is kept beside it.")
            .RequiresBody();

        machines.MapPost("/{serial}/owner", async (string serial, OwnerChange? body, HttpContext http, IGrainFactory grains) =>
                TypedResults.Ok(await grains.Get<IMachineGrain>(serial).ChangeOwner(http.Command(TicketEndpoints.Required(body)))))
            .Runs(MachineOperation.ChangeOwner, "changeMachineOwner", "Record a new owner (R-MCH-1)", "The service manager; the machine keeps its history across owners.")
            .RequiresBody();
    }
}
