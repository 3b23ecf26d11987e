using System.Net;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Api;
using AfterSales.Tests.Durability;

namespace AfterSales.Tests.Browser;

/// <summary>Whom to call and where to go (R-TKT-1), taken in at the desk and read on the engineer's phone.</summary>
public sealed partial class WebAppBrowserTests
{
    [Fact]
    public async Task R_TKT_1_the_desk_takes_the_caller_the_number_and_the_site_by_phone_and_the_engineers_phone_dials_them_and_maps_the_address()
    {
        const string address = "济南市历城区工业北路 88 号";
        await using var silo = await SiloProcess.Start(_data.Settings().PasswordOnly());
        await silo.Explain(async () =>
        {
            var world = new ProcessWorld(silo);
            await world.Seed();
            await world.Assistant.Post("/api/customers", new { id = "C-tel", name = "济南建业混凝土", region = "Shandong", city = "Jinan", phone = "0531-8266 0000" })
                .Ok<object>(HttpStatusCode.Created);
            await world.Assistant.Post("/api/customers/C-tel/machines", new { serial = "TM-tel", productLine = "TruckMixer", model = "HTM1204" }).Ok<object>(HttpStatusCode.Created);
            await world.Assistant.Post("/api/sites", new { id = "S-tel", customerId = "C-tel", address, region = "Shandong" }).Ok<object>(HttpStatusCode.Created);
            await using var chromium = await Chromium.Start();

            // The desk, on the telephone: who calls and the number to call back come first, then the machine, the fault and the site.
            var desk = await As(chromium, silo, Role.ServiceAssistant, "assistant-li", "/app/intake?customerId=C-tel&lang=zh", 1440);
            await desk.SelectOptionAsync("#intake-channel", "Telephone");
            await desk.FillAsync("#intake-caller", "刘师傅");
            // The browser holds back what is no phone number before the service is asked (which refuses it too: ContactApiTests).
            await desk.FillAsync("#intake-phone", "call me");
            Assert.True(await desk.EvaluateAsync<bool>("document.querySelector('#intake-phone').validity.patternMismatch"));
            await desk.FillAsync("#intake-phone", "+86 (531) 8888-6666");
            Assert.False(await desk.EvaluateAsync<bool>("document.querySelector('#intake-phone').validity.patternMismatch"));
            await desk.FillAsync("#intake-description", "搅拌筒不转");
            await desk.SelectOptionAsync("#intake-site", "S-tel");
            await Checked(desk, "app-intake-contact-zh-1440");
            await desk.ClickAsync("form:has(#intake-description) button[type=submit]");
            await desk.WaitForURLAsync("**/app/tickets/T-*");
            var id = new Uri(desk.Url).AbsolutePath.Split('/')[^1];

            var taken = await world.Manager.GetAsync($"/api/tickets/{id}").Ok<TicketView>();
            Assert.Equal(IntakeChannel.Telephone, taken.Channel);
            Assert.Equal(new TicketContact("刘师傅", "+86 (531) 8888-6666", "S-tel", address), taken.Contact);
            await world.Assistant.Post($"/api/tickets/{id}/classify", new { category = "Breakdown" }).Ok<TicketView>();
            await world.Assistant.Post($"/api/tickets/{id}/assign", new { engineerId = "E-1" }).Ok<TicketView>();

            // The engineer's phone: the caller, both numbers as tel: links, the address with a map of it.
            var phone = await As(chromium, silo, Role.ServiceEngineer, "E-1", $"/app/tickets/{id}?lang=zh", 390);
            var contact = phone.Locator("dl[data-contact]");
            Assert.Equal("刘师傅", await contact.Locator("[data-caller]").InnerTextAsync());
            Assert.Equal("tel:+8653188886666", await contact.Locator("a[data-callback]").GetAttributeAsync("href"));
            Assert.Equal("+86 (531) 8888-6666", await contact.Locator("a[data-callback]").InnerTextAsync());
            Assert.Equal("tel:053182660000", await contact.Locator("a[data-customer-phone]").GetAttributeAsync("href"));
            Assert.Equal(address, await contact.Locator("[data-address]").InnerTextAsync());
            Assert.Equal($"https://uri.amap.com/search?keyword={Uri.EscapeDataString(address)}", await contact.Locator("a[data-map]").GetAttributeAsync("href"));
            Assert.Contains("回电号码", await contact.InnerTextAsync());
            await Checked(phone, "app-ticket-contact-engineer-zh-390");

            // In English the map is OpenStreetMap's.
            await phone.GotoAsync(new Uri(silo.Address, $"/app/tickets/{id}?lang=en").ToString());
            Assert.Equal(
                $"https://www.openstreetmap.org/search?query={Uri.EscapeDataString(address)}",
                await phone.Locator("dl[data-contact] a[data-map]").GetAttributeAsync("href"));

            // The customer's own request starts from what is known of it: its name as signed in, its phone, its sites.
            var customer = await As(chromium, silo, Role.Customer, "customer-wang", "/app/intake?lang=zh", 390, customerId: "C-tel");
            Assert.Equal("customer-wang", await customer.InputValueAsync("#intake-caller"));
            Assert.Equal("0531-8266 0000", await customer.InputValueAsync("#intake-phone"));
            Assert.Equal(address + " · S-tel", await customer.Locator("#intake-site option[value='S-tel']").InnerTextAsync());
            await Checked(customer, "app-intake-customer-zh-390");
            return true;
        });
    }
}
