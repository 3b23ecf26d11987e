using System.Net;
using System.Net.Http.Json;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Tests.Accounts;
using AfterSales.Tests.Api;

namespace AfterSales.Tests.WebApp;

/// <summary>
/// The machine pages as the host serves them to a signed-in browser (R-MCH-1): the page and its chart of the hours for
/// the owner, a refusal for another customer, the list under the navigation.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class MachinePagesHttpTests(ApiFixture api)
{
    [Fact]
    public async Task R_MCH_1_the_owner_gets_its_machine_page_and_the_chart_of_its_hours_another_customer_neither()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (customer, serial) = ($"C-mp-{tag}", $"TM-mp-{tag}");
        var desk = api.As(Role.ServiceAssistant, "assistant-li");
        Assert.Equal(HttpStatusCode.Created, (await desk.PostAsJsonAsync("/api/customers", new { id = customer, name = "济南建业", region = "Shandong", city = "Jinan" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await desk.PostAsJsonAsync($"/api/customers/{customer}/machines", new { serial, productLine = "TruckMixer", model = "HTM1204" })).StatusCode);

        var owner = await api.SignedIn(Role.Customer, customer);
        var page = await owner.GetAsync($"/app/machines/{serial}?lang=zh");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains($"设备 {serial}", html);
        Assert.Contains("data-operation=\"RecordHours\"", html);
        Assert.Contains("href=\"/app/machines\"", await (await owner.GetAsync("/app?lang=zh")).Content.ReadAsStringAsync());

        var chart = await owner.GetAsync($"/app/machines/{serial}/hours.png?lang=zh");
        Assert.Equal(HttpStatusCode.OK, chart.StatusCode);
        Assert.Equal("image/png", chart.Content.Headers.ContentType?.MediaType);

        Assert.Equal(HttpStatusCode.Created, (await desk.PostAsJsonAsync("/api/customers", new { id = $"C-mp-other-{tag}", name = "济宁鸿运", region = "Shandong", city = "Jining" })).StatusCode);
        var stranger = await api.SignedIn(Role.Customer, $"C-mp-other-{tag}");
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/app/machines/{serial}?lang=zh")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/app/machines/{serial}/hours.png")).StatusCode);
    }
}
