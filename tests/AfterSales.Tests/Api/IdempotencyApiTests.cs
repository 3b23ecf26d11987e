using System.Net;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Tests.Api;

/// <summary>
/// docs/api.md "Lists, idempotency, limits": the same caller, key and request get the first answer (a refusal too) and
/// change nothing; the same key with another request answers 422; while the first still runs, 409.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class IdempotencyApiTests(ApiFixture api)
{
    [Fact]
    public async Task A_refusal_is_the_first_answer_too_and_the_same_request_later_gets_it_again()
    {
        var w = await ApiWorld.Create(api);
        var t = await Contacted(w);
        var dispatch = new { engineerId = w.EngineerId, tools = new[] { "hydraulic pressure gauge", "multimeter", "torque wrench set" }, parts = Array.Empty<string>() };

        await w.Manager.Post($"/api/tickets/{t.Id}/dispatch", dispatch, "dispatch-1").Problem(HttpStatusCode.Conflict, "R-TKT-4");
        await w.Command(w.Engineer, t.Id, "phone-attempts", new { solved = false, notes = "still noisy" });

        // The rule would now allow it, but this request was answered: it gets its first answer and changes nothing.
        await w.Manager.Post($"/api/tickets/{t.Id}/dispatch", dispatch, "dispatch-1").Problem(HttpStatusCode.Conflict, "R-TKT-4");
        Assert.Equal(TicketStatus.Contacted, (await w.Manager.GetAsync($"/api/tickets/{t.Id}").Ok<TicketView>()).Status);
        var dispatched = await w.Command(w.Manager, t.Id, "dispatch", dispatch, key: "dispatch-2");
        Assert.Equal(TicketStatus.Dispatched, dispatched.Status);
    }

    [Fact]
    public async Task The_same_key_with_another_request_answers_422_and_changes_nothing()
    {
        var w = await ApiWorld.Create(api);
        var t = await w.Open();
        var first = await w.Command(w.Assistant, t.Id, "classify", new { category = "Breakdown", warrantySuspected = false }, key: "cls-7");

        var problem = await w.Assistant.Post($"/api/tickets/{t.Id}/classify", new { category = "Consultation", warrantySuspected = true }, "cls-7")
            .Problem(HttpStatusCode.UnprocessableEntity, RuleIds.IdempotencyKeyReused);
        Assert.DoesNotContain("AfterSales.", problem.GetProperty("detail").GetString());

        var now = await w.Assistant.GetAsync($"/api/tickets/{t.Id}").Ok<TicketView>();
        Assert.Equal((first.Version, TicketCategory.Breakdown), (now.Version, now.Category!.Value));
        var replay = await w.Command(w.Assistant, t.Id, "classify", new { category = "Breakdown", warrantySuspected = false }, key: "cls-7");
        Assert.Equal(first.Version, replay.Version);
    }

    [Fact]
    public async Task The_same_request_sent_again_while_the_first_still_runs_answers_409()
    {
        var w = await ApiWorld.Create(api);
        var t = await w.Open();
        var body = new { category = "Breakdown", warrantySuspected = false };
        var (reached, release) = GateProbe.Hold(GrainId.Create("ticket", t.Id));

        var first = w.Assistant.Post($"/api/tickets/{t.Id}/classify", body, "cls-slow");
        await reached.WaitAsync(TimeSpan.FromSeconds(30));
        await w.Assistant.Post($"/api/tickets/{t.Id}/classify", body, "cls-slow").Problem(HttpStatusCode.Conflict, RuleIds.IdempotencyKeyInFlight);
        release();

        var answered = await first.Ok<TicketView>();
        var again = await w.Command(w.Assistant, t.Id, "classify", body, key: "cls-slow");
        Assert.Equal((TicketStatus.Classified, answered.Version), (again.Status, again.Version));
        Assert.Single((await w.Assistant.GetAsync($"/api/tickets/{t.Id}").Ok<TicketView>()).History, h => h.Action == "Classify");
    }

    private static async Task<TicketView> Contacted(ApiWorld w)
    {
        var t = await w.Open();
        await w.Command(w.Assistant, t.Id, "classify", new { category = "Breakdown", warrantySuspected = false });
        await w.Command(w.Assistant, t.Id, "assign", new { engineerId = w.EngineerId });
        return await w.Command(w.Engineer, t.Id, "contact", new { notes = "called the driver" });
    }

    [Fact]
    public async Task A_replay_answers_only_a_caller_who_may_act_on_the_object_now()
    {
        var w = await ApiWorld.Create(api);
        var intake = new { channel = "Telephone", customerId = w.CustomerId, machineSerial = w.Serial, description = "drum does not turn" };
        var first = await w.Customer.Post("/api/tickets", intake, "fax-0815").Ok<TicketView>(HttpStatusCode.Created);

        // The same user id and key from another customer's token: the access policy is asked before the replay.
        var impostor = api.As(Role.Customer, $"user-{w.CustomerId[2..]}", customerId: "C-someone-else");
        var refused = await impostor.Post("/api/tickets", intake, "fax-0815").Problem(HttpStatusCode.Forbidden);
        Assert.DoesNotContain(first.Id, refused.ToString());
        Assert.Equal(first.Id, (await w.Customer.Post("/api/tickets", intake, "fax-0815").Ok<TicketView>(HttpStatusCode.Created)).Id);
    }
}
