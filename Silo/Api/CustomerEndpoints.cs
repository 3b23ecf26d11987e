using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Silo.Api.Requests;
using AfterSales.Persistence.ReadModels;
using AfterSales.Grains.Common;

namespace AfterSales.Silo.Api;

public static class CustomerEndpoints
{
    public static void MapCustomers(this RouteGroupBuilder api)
    {
        var customers = api.MapGroup("/customers").WithTags("Customers");

        customers.MapPost("/", async (NewCustomer c, HttpContext http, IGrainFactory grains) =>
        {
            var view = await grains.Get<ICustomerGrain>(c.Id).Register(
                http.Command(new CustomerProfile(c.Name, c.Region, c.Phone, c.Email, c.City, c.Language, c.Notifications)));
            return TypedResults.Created($"/api/customers/{Uri.EscapeDataString(view.Id)}", view);
        }).Runs(CustomerOperation.Register, "registerCustomer", "Register a customer", "R-TKT-1: the customer whose machines tickets name.");

        // By id, one page at a time (docs/api.md "Lists"); q finds a name or an id in any case.
        customers.MapGet("/", async (string? q, string? region, int? limit, string? cursor, HttpContext http, ReadModel readModel) =>
        {
            var (actor, reach) = http.Reach(CustomerOperation.List);
            var filter = DirectoryLists.For(actor, reach, new DirectoryFilter(q, region));
            return http.Paged(await readModel.Directory<CustomerSummary>(OutboxKinds.Customer, filter, ReadModel.Limit(limit), cursor));
        }).Runs(CustomerOperation.List, "listCustomers", "List customers", "By id, a page at a time; q finds a name or id, region narrows; a customer sees only itself.");

        customers.MapGet("/{id}", async (string id, HttpContext http, IGrainFactory grains, ReadModel readModel) =>
        {
            http.Require(CustomerOperation.Get, new Owner(id));
            var customer = await grains.Get<ICustomerGrain>(id).Get();
            return TypedResults.Ok(customer with { TicketIds = await readModel.TicketIds(new TicketFilter(CustomerId: id)) });
        }).Runs(CustomerOperation.Get, "getCustomer", "Read a customer", "The customer with its machines and ticket ids; a customer reads only itself.");

        // R-MCH-1: the customer registers the machine grain of that serial, and lists it.
        customers.MapPost("/{id}/machines", async (string id, Machine m, HttpContext http, IGrainFactory grains) =>
        {
            var view = await grains.Get<ICustomerGrain>(id).AddMachine(http.Command(m));
            return TypedResults.Created($"/api/customers/{Uri.EscapeDataString(id)}/machines/{Uri.EscapeDataString(m.Serial)}", view);
        }).Runs(CustomerOperation.AddMachine, "addMachine", "Add a machine to a customer", "R-MCH-1: a machine by serial, product line and model; a serial registered already is refused (409).");

        // The machine a POST .../machines created (its Location).
        customers.MapGet("/{id}/machines/{serial}", async (string id, string serial, HttpContext http, IGrainFactory grains) =>
        {
            http.Require(CustomerOperation.Get, new Owner(id));
            var customer = await grains.Get<ICustomerGrain>(id).Get();
            return customer.Machines.FirstOrDefault(m => m.Serial == serial) is { } machine
                ? TypedResults.Ok(machine)
                : throw new NotFoundException("Machine", $"{id}/{serial}");
        }).Runs(CustomerOperation.Get, "getMachine", "Read a machine of a customer");

        // Every ticket of a machine, in the order received: its service history.
        customers.MapGet("/{id}/machines/{serial}/history", async (string id, string serial, HttpContext http, IGrainFactory grains, ReadModel readModel) =>
        {
            var actor = http.Require(CustomerOperation.Get, new Owner(id));
            var customer = await grains.Get<ICustomerGrain>(id).Get();
            if (customer.Machines.All(m => m.Serial != serial))
            {
                throw new NotFoundException("Machine", $"{id}/{serial}");
            }

            var ids = await readModel.TicketIds(new TicketFilter(CustomerId: id), serial);
            var tickets = await Task.WhenAll(ids.Select(t => grains.Get<ITicketGrain>(t).Read(actor)));
            return TypedResults.Ok(tickets);
        }).Runs(CustomerOperation.Get, "getMachineHistory", "A machine's service history", "Every ticket of the machine, in the order received.");
    }
}
