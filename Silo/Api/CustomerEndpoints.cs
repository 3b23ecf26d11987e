using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Silo.Api.Requests;
using AfterSales.Silo.ReadModels;

namespace AfterSales.Silo.Api;

public static class CustomerEndpoints
{
    public static void MapCustomers(this RouteGroupBuilder api)
    {
        var customers = api.MapGroup("/customers").WithTags("Customers");

        customers.MapPost("/", async (NewCustomer c, HttpContext http, IGrainFactory grains) =>
        {
            var view = await grains.GetGrain<ICustomerGrain>(c.Id).Register(
                http.Command(new CustomerProfile(c.Name, c.Region, c.Phone, c.Email, c.City)));
            return Results.Created($"/api/customers/{Uri.EscapeDataString(view.Id)}", view);
        });

        customers.MapGet("/{id}", async (string id, HttpContext http, IGrainFactory grains, ReadModel readModel) =>
        {
            http.Actor().RequireRead(id);
            var customer = await grains.GetGrain<ICustomerGrain>(id).Get();
            return Results.Ok(customer with { TicketIds = await readModel.TicketIds(new TicketFilter(CustomerId: id)) });
        });

        customers.MapPost("/{id}/machines", async (string id, Machine m, HttpContext http, IGrainFactory grains) =>
        {
            var view = await grains.GetGrain<ICustomerGrain>(id).AddMachine(http.Command(m));
            return Results.Created($"/api/customers/{Uri.EscapeDataString(id)}/machines/{Uri.EscapeDataString(m.Serial)}", view);
        });

        // The machine a POST .../machines created (its Location).
        customers.MapGet("/{id}/machines/{serial}", async (string id, string serial, HttpContext http, IGrainFactory grains) =>
        {
            http.Actor().RequireRead(id);
            var customer = await grains.GetGrain<ICustomerGrain>(id).Get();
            return customer.Machines.FirstOrDefault(m => m.Serial == serial) is { } machine
                ? Results.Ok(machine)
                : throw new NotFoundException("Machine", $"{id}/{serial}");
        });

        // Every ticket of a machine, in the order received: its service history.
        customers.MapGet("/{id}/machines/{serial}/history", async (string id, string serial, HttpContext http, IGrainFactory grains, ReadModel readModel) =>
        {
            http.Actor().RequireRead(id);
            var customer = await grains.GetGrain<ICustomerGrain>(id).Get();
            if (customer.Machines.All(m => m.Serial != serial))
            {
                throw new NotFoundException("Machine", $"{id}/{serial}");
            }

            var ids = await readModel.TicketIds(new TicketFilter(CustomerId: id), serial);
            var tickets = await Task.WhenAll(ids.Select(t => grains.GetGrain<ITicketGrain>(t).Get()));
            return Results.Ok(tickets);
        });
    }
}
