using System.Net;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Sites;

namespace AfterSales.Tests.Api;

/// <summary>The installation-site paths of docs/api.md through the real HTTP pipeline.</summary>
[Collection(ApiCollection.Name)]
public sealed class SiteApiTests(ApiFixture api)
{
    private static readonly object MixerReport = new
    {
        signatures = new[] { new { party = "Driver", name = "司机 刘师傅" }, new { party = "Customer", name = "王经理" } },
        stamps = Array.Empty<object>(),
    };

    private HttpClient Sales => api.As(Role.SalesDepartment, "sales-sun");

    /// <summary>A site of the world's customer with its truck mixer (commissioned on 2026-01-15 in the master data) delivered.</summary>
    private async Task<(ApiWorld World, string SiteId)> GivenSite()
    {
        var w = await ApiWorld.Create(api);
        var siteId = $"S-{w.CustomerId}";
        await w.Assistant.Post("/api/sites", new { id = siteId, customerId = w.CustomerId, address = "济南市历城区工业北路 88 号", region = "Shandong" })
            .Ok<SiteView>(HttpStatusCode.Created);
        return (w, siteId);
    }

    [Fact]
    public async Task Creating_a_site_and_an_installation_answers_201_with_Location()
    {
        var w = await ApiWorld.Create(api);
        var siteId = $"S-{w.CustomerId}";

        var created = await w.Assistant.Post("/api/sites", new { id = siteId, customerId = w.CustomerId, address = "济南", region = "Shandong" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/sites/{siteId}", created.Headers.Location?.OriginalString);

        var installed = await Sales.Post($"/api/sites/{siteId}/installations", new { machineSerial = w.Serial, productLine = "TruckMixer" });
        Assert.Equal(HttpStatusCode.Created, installed.StatusCode);
        Assert.Equal($"/api/sites/{siteId}/installations/{w.Serial}", installed.Headers.Location?.OriginalString);
        var installation = await w.Customer.GetAsync(installed.Headers.Location!.OriginalString).Ok<Installation>();
        Assert.Equal((ProductLine.TruckMixer, InstallationStatus.Installing), (installation.ProductLine, installation.Status));

        await w.Assistant.Post("/api/sites", new { id = siteId, customerId = w.CustomerId, address = "x", region = "y" })
            .Problem(HttpStatusCode.Conflict, RuleIds.IdExists);
        var doc = await w.Manager.GetStringAsync("/openapi/v1.json");
        Assert.Contains("\"/api/sites/{id}/installations/{serial}/commissioning\"", doc);
    }

    [Fact]
    public async Task A_customer_reads_only_its_own_sites()
    {
        var (mine, mySite) = await GivenSite();
        var (other, otherSite) = await GivenSite();

        var view = await mine.Customer.GetAsync($"/api/sites/{mySite}").Ok<SiteView>();
        Assert.Equal(mine.CustomerId, view.CustomerId);
        await mine.Customer.GetAsync($"/api/sites/{otherSite}").Problem(HttpStatusCode.Forbidden);
        await mine.Customer.GetAsync($"/api/sites/{otherSite}/installations/{other.Serial}").Problem(HttpStatusCode.Forbidden);
        Assert.Equal(otherSite, (await mine.Engineer.GetAsync($"/api/sites/{otherSite}").Ok<SiteView>()).Id);
        await mine.Manager.GetAsync("/api/sites/S-unknown").Problem(HttpStatusCode.NotFound);
        await mine.Customer.Post("/api/sites", new { id = $"S-{Guid.NewGuid():N}", customerId = mine.CustomerId, address = "x", region = "y" })
            .Problem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Malformed_bodies_answer_400_with_the_field_and_change_nothing()
    {
        var (w, siteId) = await GivenSite();

        var badEnum = await Sales.PostRaw($"/api/sites/{siteId}/installations", $$"""{"machineSerial":"{{w.Serial}}","productLine":"Bulldozer"}""")
            .Problem(HttpStatusCode.BadRequest);
        Assert.True(badEnum.GetProperty("errors").TryGetProperty("productLine", out _), badEnum.ToString());
        var mismatch = await Sales.Post($"/api/sites/{siteId}/installations", new { machineSerial = w.Serial, productLine = "BatchingPlant" })
            .Problem(HttpStatusCode.BadRequest, "R-INS-2");
        Assert.True(mismatch.GetProperty("errors").TryGetProperty("productLine", out _), mismatch.ToString());
        var missing = await w.Assistant.PostRaw("/api/sites", $$"""{"id":"S-x-{{w.CustomerId}}","customerId":"{{w.CustomerId}}","region":"Shandong"}""")
            .Problem(HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("address", out _), missing.ToString());
        await Sales.PostRaw($"/api/sites/{siteId}/installations/{w.Serial}/commissioning", "{not json").Problem(HttpStatusCode.BadRequest);

        var site = await w.Manager.GetAsync($"/api/sites/{siteId}").Ok<SiteView>();
        Assert.Empty(site.Installations);
        Assert.Equal(1, site.Version);
    }

    [Fact]
    public async Task A_rule_answers_409_with_its_rule_id_and_changes_nothing()
    {
        var (w, siteId) = await GivenSite();
        await Sales.Post($"/api/sites/{siteId}/installations", new { machineSerial = w.Serial, productLine = "TruckMixer" }).Ok<SiteView>(HttpStatusCode.Created);
        var training = new
        {
            place = "CustomerSite", engineerId = w.EngineerId, machineSerials = new[] { w.Serial }, plan = "operation and daily care",
            materials = new[] { "Product Operation Manual", "Customer Training Material" }, attendees = new[] { "司机 张三" },
        };

        await w.Engineer.Post($"/api/sites/{siteId}/trainings", training).Problem(HttpStatusCode.Conflict, "R-TRN-1");
        await Sales.Post($"/api/sites/{siteId}/installations/{w.Serial}/commissioning", new { signatures = new[] { new { party = "Customer", name = "王经理" } }, stamps = Array.Empty<object>() })
            .Problem(HttpStatusCode.Conflict, "R-INS-1");
        await w.Engineer.Post($"/api/sites/{siteId}/installations/{w.Serial}/commissioning", MixerReport).Problem(HttpStatusCode.Forbidden, "R-INS-1");
        var before = await w.Manager.GetAsync($"/api/sites/{siteId}").Ok<SiteView>();
        Assert.Equal(InstallationStatus.Installing, before.Installations.Single().Status);

        await Sales.Post($"/api/sites/{siteId}/installations/{w.Serial}/commissioning", MixerReport).Ok<SiteView>();
        var trained = await w.Engineer.Post($"/api/sites/{siteId}/trainings", training);
        Assert.Equal(HttpStatusCode.Created, trained.StatusCode);
        Assert.Equal($"/api/sites/{siteId}/trainings/1", trained.Headers.Location?.OriginalString);
        var record = await w.Customer.GetAsync(trained.Headers.Location!.OriginalString).Ok<TrainingRecord>();
        Assert.Equal(["司机 张三"], record.Attendees);
        Assert.Equal(before.Version + 2, (await w.Manager.GetAsync($"/api/sites/{siteId}").Ok<SiteView>()).Version);
    }

    [Fact]
    public async Task R_INS_2_the_site_list_shows_the_sites_with_problems_awaiting_the_technical_department_and_a_customer_only_its_own()
    {
        var (w, siteId) = await GivenSite();
        var (other, otherSite) = await GivenSite();
        var plant = $"BP-{w.CustomerId}";
        await w.Assistant.Post($"/api/customers/{w.CustomerId}/machines", new { serial = plant, productLine = "BatchingPlant", model = "HZS180" }).Ok<object>(HttpStatusCode.Created);
        await w.Manager.Post($"/api/sites/{siteId}/installations", new { machineSerial = plant, productLine = "BatchingPlant" }).Ok<SiteView>(HttpStatusCode.Created);
        var tech = api.As(Role.TechnicalDepartment, "tech-zhao");
        Assert.DoesNotContain(siteId, (await tech.All<SiteSummary>("/api/sites?open=true&limit=200")).Select(x => x.Id));

        await api.As(Role.FieldDirector, "director-gao").Post($"/api/sites/{siteId}/installations/{plant}/problems", new { description = "scale drifts" }).Ok<SiteView>();
        var waiting = Assert.Single(await tech.All<SiteSummary>("/api/sites?open=true&limit=200"), x => x.Id == siteId);
        Assert.Equal((1, w.CustomerId), (waiting.OpenProblems, waiting.CustomerId));
        Assert.Equal([plant], waiting.MachineSerials);

        await tech.Post($"/api/sites/{siteId}/installations/{plant}/problems/1/answer", new { answer = "recalibrate" }).Ok<SiteView>();
        Assert.DoesNotContain(siteId, (await tech.All<SiteSummary>("/api/sites?open=true&limit=200")).Select(x => x.Id));

        // A customer lists its own sites, whatever it asks for; staff find a site by a part of its address.
        Assert.Equal([siteId], (await w.Customer.GetAsync($"/api/sites?customerId={other.CustomerId}").Ok<List<SiteSummary>>()).Select(x => x.Id));
        Assert.Contains(otherSite, (await w.Manager.GetAsync($"/api/sites?customerId={other.CustomerId}").Ok<List<SiteSummary>>()).Select(x => x.Id));
        Assert.Contains(siteId, (await w.Manager.All<SiteSummary>($"/api/sites?q={Uri.EscapeDataString("工业北路")}&limit=200")).Select(x => x.Id));
    }

    [Fact]
    public async Task Idempotent_retries_apply_once()
    {
        var (w, siteId) = await GivenSite();
        var director = api.As(Role.FieldDirector, "director-gao");
        var tech = api.As(Role.TechnicalDepartment, "tech-zhao");
        var plant = $"BP-{w.CustomerId}";
        await w.Assistant.Post($"/api/customers/{w.CustomerId}/machines", new { serial = plant, productLine = "BatchingPlant", model = "HZS180" }).Ok<object>(HttpStatusCode.Created);
        await w.Manager.Post($"/api/sites/{siteId}/installations", new { machineSerial = plant, productLine = "BatchingPlant" }, "inst-1").Ok<SiteView>(HttpStatusCode.Created);
        var again = await w.Manager.Post($"/api/sites/{siteId}/installations", new { machineSerial = plant, productLine = "BatchingPlant" }, "inst-1").Ok<SiteView>(HttpStatusCode.Created);

        var reported = await director.Post($"/api/sites/{siteId}/installations/{plant}/problems", new { description = "scale drifts" }, "prob-1").Ok<SiteView>();
        var retried = await director.Post($"/api/sites/{siteId}/installations/{plant}/problems", new { description = "scale drifts" }, "prob-1").Ok<SiteView>();
        Assert.Equal(reported.Version, retried.Version);
        await tech.Post($"/api/sites/{siteId}/installations/{plant}/problems/1/answer", new { answer = "recalibrate" }, "ans-1").Ok<SiteView>();
        await tech.Post($"/api/sites/{siteId}/installations/{plant}/problems/1/answer", new { answer = "recalibrate" }, "ans-1").Ok<SiteView>();
        await tech.Post($"/api/sites/{siteId}/installations/{plant}/problems/1/answer", new { answer = "recalibrate" }).Problem(HttpStatusCode.Conflict, "R-INS-2");

        var site = await w.Manager.GetAsync($"/api/sites/{siteId}").Ok<SiteView>();
        Assert.Equal(2, again.Version);
        Assert.Single(site.Installations.Single().Problems);
        Assert.Equal(["Register", "Install", "ReportProblem", "AnswerProblem"], site.History.Select(h => h.Action));
    }
}
