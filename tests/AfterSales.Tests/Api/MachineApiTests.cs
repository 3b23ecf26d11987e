using System.Net;
using System.Net.Http.Json;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Machines;
using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Tests.Api;

/// <summary>docs/api.md "Machines" from outside: a machine by serial, its hours and corrections, its owners, its list (R-MCH, R-WTY-4).</summary>
[Collection(ApiCollection.Name)]
public sealed class MachineApiTests(ApiFixture api)
{
    [Fact]
    public async Task R_MCH_2_a_reading_backwards_answers_409_in_the_callers_language_and_a_correction_keeps_the_original()
    {
        var w = await ApiWorld.Create(api);
        var at = DateTimeOffset.UtcNow.AddMinutes(-30);
        var read = await w.Customer.Post($"/api/machines/{w.Serial}/hours", new { hours = 1200.5, readAt = at }).Ok<MachineView>();
        Assert.Equal(new MachineHours(1200.5, read.Hours!.ReadAt, ReadingSource.Customer), read.Hours);

        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/machines/{w.Serial}/hours") { Content = JsonContent.Create(new { hours = 1100, readAt = DateTimeOffset.UtcNow }) };
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");
        var refusal = await w.Assistant.SendAsync(request).Problem(HttpStatusCode.Conflict, "R-MCH-2");
        Assert.Contains("只增不减", refusal.GetProperty("detail").GetString());
        await w.Assistant.Post($"/api/machines/{w.Serial}/hours/corrections", new { readAt = read.Hours.ReadAt, hours = 1190, reason = "misread" }).Problem(HttpStatusCode.Forbidden);

        var corrected = await w.Manager.Post($"/api/machines/{w.Serial}/hours/corrections", new { readAt = read.Hours.ReadAt, hours = 1190, reason = "misread" }).Ok<MachineView>();

        Assert.Equal(1190, corrected.Hours!.Value);
        var lines = await w.Customer.GetAsync($"/api/machines/{w.Serial}/hours").Ok<List<ReadingLine>>();
        var line = Assert.Single(lines);
        Assert.Equal((1200.5, 1190d, "misread"), (line.Hours, line.Correction!.Hours, line.Correction.Reason));
    }

    [Fact]
    public async Task R_MCH_1_a_machine_answers_its_owner_warranty_and_tickets_and_only_to_whom_may_read_it()
    {
        var w = await ApiWorld.Create(api);
        var ticket = await w.Open();

        var machine = await w.Customer.GetAsync($"/api/machines/{w.Serial}").Ok<MachineView>();

        Assert.Equal((w.CustomerId, ProductLine.TruckMixer, new DateOnly(2026, 1, 15)), (machine.CustomerId, machine.ProductLine, machine.CommissionedOn));
        Assert.Equal([ticket.Id], machine.TicketIds);
        Assert.NotEqual(WarrantyState.NotStarted, machine.Warranty.State);
        Assert.Equal(ticket.Warranty.State, (await w.Manager.GetAsync($"/api/tickets/{ticket.Id}").Ok<TicketView>()).Warranty.State);
        await api.As(Role.Customer, "user-other", customerId: "C-other").GetAsync($"/api/machines/{w.Serial}").Problem(HttpStatusCode.Forbidden);
        await w.Manager.GetAsync("/api/machines/NO-SUCH-SERIAL").Problem(HttpStatusCode.NotFound);

        // The list: a customer sees its own machines only, whatever it asks for.
        var mine = await w.Customer.GetAsync($"/api/machines?customerId=someone-else").Ok<List<MachineSummary>>();
        Assert.Equal([w.Serial], mine.Select(m => m.Serial));
        var found = await w.Manager.GetAsync($"/api/machines?q={w.Serial.ToLowerInvariant()}&productLine=truckMixer").Ok<List<MachineSummary>>();
        Assert.Equal([w.Serial], found.Select(m => m.Serial));
    }

    [Fact]
    public async Task R_MCH_1_a_new_owner_since_a_date_takes_the_machine_into_its_list()
    {
        var w = await ApiWorld.Create(api);
        var buyer = await ApiWorld.Create(api);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        await w.Assistant.Post($"/api/machines/{w.Serial}/owner", new { customerId = buyer.CustomerId, since = today }).Problem(HttpStatusCode.Forbidden);
        await w.Manager.Post($"/api/machines/{w.Serial}/owner", new { customerId = "C-nobody", since = today }).Problem(HttpStatusCode.BadRequest, "R-MCH-1");
        var moved = await w.Manager.Post($"/api/machines/{w.Serial}/owner", new { customerId = buyer.CustomerId, since = today }).Ok<MachineView>();

        Assert.Equal([w.CustomerId, buyer.CustomerId], moved.Owners.Select(o => o.CustomerId));
        var buyers = await buyer.Manager.GetAsync($"/api/customers/{buyer.CustomerId}").Ok<CustomerView>();
        Assert.Contains(buyers.Machines, m => m.Serial == w.Serial);
        var sellers = await w.Manager.GetAsync($"/api/customers/{w.CustomerId}").Ok<CustomerView>();
        Assert.DoesNotContain(sellers.Machines, m => m.Serial == w.Serial);
        await w.Customer.GetAsync($"/api/machines/{w.Serial}").Problem(HttpStatusCode.Forbidden);
        // Registering the serial again, to anyone, is refused: it is registered.
        await w.Assistant.Post($"/api/customers/{w.CustomerId}/machines", new { serial = w.Serial, productLine = "TruckMixer", model = "HTM1204" }).Problem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task R_MCH_3_the_arrival_takes_the_hours_and_answers_400_without_them_once_the_machine_has_a_reading()
    {
        var w = await ApiWorld.Create(api);
        var ticket = await w.Open();
        await w.Command(w.Assistant, ticket.Id, "classify", new { category = "Breakdown" });
        await w.Command(w.Assistant, ticket.Id, "assign", new { engineerId = w.EngineerId });
        await w.Command(w.Engineer, ticket.Id, "contact", new { notes = "called" });
        await w.Command(w.Engineer, ticket.Id, "phone-attempts", new { solved = false });
        await w.Command(w.Manager, ticket.Id, "dispatch", new { engineerId = w.EngineerId, tools = new[] { "hydraulic pressure gauge", "multimeter", "torque wrench set" }, parts = Array.Empty<string>() });
        await w.Assistant.Post($"/api/machines/{w.Serial}/hours", new { hours = 50, readAt = DateTimeOffset.UtcNow.AddHours(-1) }).Ok<MachineView>();

        await w.Engineer.PostAsync($"/api/tickets/{ticket.Id}/arrival", null).Problem(HttpStatusCode.BadRequest, "R-MCH-3");
        var arrived = await w.Command(w.Engineer, ticket.Id, "arrival", new { hours = 50.5 });

        Assert.Equal((TicketStatus.OnSite, 50.5), (arrived.Status, arrived.ArrivalHours));
        Assert.Equal(50.5, (await w.Manager.GetAsync($"/api/machines/{w.Serial}").Ok<MachineView>()).Hours!.Value);
    }

    [Fact]
    public async Task Bad_input_to_the_machines_answers_400_naming_the_field_and_changes_nothing()
    {
        var w = await ApiWorld.Create(api);
        var path = $"/api/machines/{w.Serial}/hours";

        await w.Assistant.Post(path, new { hours = 10, readAt = "0001-01-01T00:00:00Z" }).Problem(HttpStatusCode.BadRequest);
        await w.Assistant.Post(path, new { hours = 10, readAt = "9999-12-31T00:00:00Z" }).Problem(HttpStatusCode.BadRequest);
        await w.Assistant.Post(path, new { hours = 1e300, readAt = DateTimeOffset.UtcNow }).Problem(HttpStatusCode.BadRequest, "R-MCH-2");
        await w.Assistant.Post(path, new { hours = "ten", readAt = DateTimeOffset.UtcNow }).Problem(HttpStatusCode.BadRequest);
        await w.Assistant.Post(path, new { }).Problem(HttpStatusCode.BadRequest);
        await w.Assistant.PostAsync(path, JsonContent.Create<object?>(null)).Problem(HttpStatusCode.BadRequest);
        await w.Manager.Post($"{path}/corrections", new { readAt = DateTimeOffset.UtcNow, hours = 1, reason = new string('x', 2_000_000) }).Problem(HttpStatusCode.RequestEntityTooLarge);
        await w.Manager.Post($"{path}/corrections", new { readAt = DateTimeOffset.UtcNow, hours = 1, reason = new string('x', 201) }).Problem(HttpStatusCode.BadRequest);
        await w.Manager.Post($"/api/machines/{w.Serial}/owner", new { customerId = "{}", since = "2026-01-01" }).Problem(HttpStatusCode.BadRequest);
        await w.Assistant.Post($"/api/customers/{w.CustomerId}/machines", new { serial = "TM-site-x", productLine = "TruckMixer", model = "HTM", siteId = "S-not-theirs" })
            .Problem(HttpStatusCode.BadRequest, "R-MCH-1");
        await w.Manager.GetAsync("/api/machines/TM-site-x").Problem(HttpStatusCode.NotFound);

        var machine = await w.Manager.GetAsync($"/api/machines/{w.Serial}").Ok<MachineView>();
        Assert.Null(machine.Hours);
        Assert.Empty(await w.Manager.GetAsync($"{path}").Ok<List<ReadingLine>>());
    }
}
