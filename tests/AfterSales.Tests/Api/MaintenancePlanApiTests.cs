using System.Net;
using System.Net.Http.Json;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Maintenance;

namespace AfterSales.Tests.Api;

/// <summary>docs/api.md "Maintenance plans": read by the staff, replaced by the technical department and the service manager (R-PM-1).</summary>
[Collection(ApiCollection.Name)]
public sealed class MaintenancePlanApiTests(ApiFixture api)
{
    [Fact]
    public async Task R_PM_1_plans_are_put_by_the_technical_department_or_the_manager_read_by_staff_and_refused_when_malformed()
    {
        var tech = api.As(Role.TechnicalDepartment, "tech-zhao");
        var plan = new
        {
            tasks = new object[]
            {
                new { id = "oil", name = "Engine oil change", everyHours = 250, everyMonths = 6, leadDays = 7 },
                new { id = "belt", name = "Belt check", everyMonths = 3, leadDays = 5, leadHours = 20 },
            },
            models = new Dictionary<string, object[]> { ["HRP60"] = [new { id = "oil", name = "Engine oil change", everyHours = 200, leadDays = 3 }] },
        };
        await api.As(Role.ServiceAssistant, "assistant-li").PutAsJsonAsync("/api/maintenance-plans/RecyclingPlant", plan, ApiFixture.Json)
            .Problem(HttpStatusCode.Forbidden, "R-PM-1");
        var before = await tech.GetAsync("/api/maintenance-plans/RecyclingPlant").Ok<MaintenancePlanView>();

        var put = await tech.PutAsJsonAsync("/api/maintenance-plans/RecyclingPlant", plan, ApiFixture.Json).Ok<MaintenancePlanView>();
        Assert.Equal((nameof(ProductLine.RecyclingPlant), before.Version + 1), (put.ProductLine, put.Version));
        Assert.Equal(["oil", "belt"], put.Tasks.Select(t => t.Id));
        Assert.Equal((250.0, 6, 7), (put.Tasks[0].EveryHours!.Value, put.Tasks[0].EveryMonths!.Value, put.Tasks[0].LeadDays));
        Assert.Null(put.Tasks[1].EveryHours);
        Assert.Equal(20, put.Tasks[1].LeadHours);
        Assert.Equal(200, put.Models["HRP60"].Single().EveryHours);

        var read = await api.As(Role.ServiceEngineer, "E-li").GetAsync("/api/maintenance-plans/RecyclingPlant").Ok<MaintenancePlanView>();
        Assert.Equal((put.Version, put.Tasks.Count, put.Models["HRP60"].Single()), (read.Version, read.Tasks.Count, read.Models["HRP60"].Single()));
        await api.As(Role.Customer, "c", "C-1").GetAsync("/api/maintenance-plans/RecyclingPlant").Problem(HttpStatusCode.Forbidden);

        var manager = api.As(Role.ServiceManager, "manager-wang");
        var twice = new { tasks = new[] { new { id = "oil", name = "Oil", everyMonths = 6, leadDays = 0 }, new { id = "oil", name = "Oil again", everyMonths = 3, leadDays = 0 } } };
        var refusal = await manager.PutAsJsonAsync("/api/maintenance-plans/RecyclingPlant", twice, ApiFixture.Json).Problem(HttpStatusCode.BadRequest, "R-PM-1");
        Assert.Contains("tasks[1].id", refusal.ToString());
        await manager.PutAsJsonAsync("/api/maintenance-plans/RecyclingPlant", new { tasks = new[] { new { id = "oil", name = "Oil", leadDays = 0 } } }, ApiFixture.Json)
            .Problem(HttpStatusCode.BadRequest, "R-PM-1");
        Assert.Equal(put.Version, (await manager.GetAsync("/api/maintenance-plans/RecyclingPlant").Ok<MaintenancePlanView>()).Version);
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.GetAsync("/api/maintenance-plans/Bicycle")).StatusCode);
    }
}
