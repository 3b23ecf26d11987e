using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using AfterSales.Dashboard.Charts;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Tests.Accounts;
using AfterSales.Tests.Api;
using Microsoft.IdentityModel.Tokens;

namespace AfterSales.Tests.Dashboard;

/// <summary>The dashboard through the real pipeline: a bearer token or a person's session, roles, languages, charts.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class DashboardApiTests(ApiFixture api)
{
    [Fact]
    public async Task A_browser_without_a_session_is_sent_to_sign_in_and_an_api_client_gets_401()
    {
        var browser = api.Browser();
        var page = await browser.GetAsync("/dashboard?lang=zh");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/login?returnUrl=%2Fdashboard%3Flang%3Dzh", page.Headers.Location!.OriginalString);

        var withBadToken = api.Browser();
        withBadToken.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await withBadToken.GetAsync("/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/tickets")).StatusCode);
        var orleans = await browser.GetAsync("/orleans/");
        Assert.Equal(HttpStatusCode.Redirect, orleans.StatusCode);
        Assert.Equal("/login?returnUrl=%2Forleans%2F", orleans.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData(Role.QualityDepartment, HttpStatusCode.OK)]
    [InlineData(Role.CompanyLeader, HttpStatusCode.OK)]
    [InlineData(Role.ServiceManager, HttpStatusCode.OK)]
    [InlineData(Role.Marketing, HttpStatusCode.OK)]
    [InlineData(Role.SalesDepartment, HttpStatusCode.OK)]
    [InlineData(Role.Operations, HttpStatusCode.OK)]
    [InlineData(Role.Customer, HttpStatusCode.Forbidden)]
    [InlineData(Role.ServiceEngineer, HttpStatusCode.Forbidden)]
    [InlineData(Role.ServiceStation, HttpStatusCode.Forbidden)]
    public async Task The_dashboard_is_for_quality_leadership_management_marketing_sales_and_operations(Role role, HttpStatusCode expected)
    {
        var client = api.As(role, $"user-{role}", customerId: role == Role.Customer ? "C-x" : null);
        Assert.Equal(expected, (await client.GetAsync("/dashboard")).StatusCode);
        Assert.Equal(expected, (await client.GetAsync("/dashboard/charts/satisfaction.png")).StatusCode);
    }

    [Fact]
    public async Task The_ticket_list_behind_the_figures_keeps_the_region_filter()
    {
        var w = await ApiWorld.Create(api);
        var t = await w.Open();
        var quality = api.As(Role.QualityDepartment, "qa-sun");

        Assert.Contains($">{t.Id}<", await quality.GetStringAsync("/dashboard/tickets?region=shandong&lang=en"));
        Assert.DoesNotContain($">{t.Id}<", await quality.GetStringAsync("/dashboard/tickets?region=Xinjiang&lang=en"));
        Assert.Contains($">{t.Id}<", await quality.GetStringAsync("/dashboard/tickets?lang=en"));
    }

    [Fact]
    public async Task The_page_speaks_chinese_or_english_by_query_then_accept_language()
    {
        var client = api.As(Role.CompanyLeader, "leader-zhou");
        var zh = await client.GetStringAsync("/dashboard?lang=zh");
        Assert.Contains("售后服务质量看板", zh);
        Assert.Contains("<html lang=\"zh-CN\"", zh);
        Assert.Matches("/dashboard/charts/satisfaction.png\\?[^\"]*lang=zh", zh);

        var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard");
        request.Headers.AcceptLanguage.ParseAdd("zh-CN,zh;q=0.9,en;q=0.8");
        Assert.Contains("本月", await (await client.SendAsync(request)).Content.ReadAsStringAsync());

        var en = await client.GetStringAsync("/dashboard?lang=en&region=%3Cscript%3E");
        Assert.Contains("After-sales service quality", en);
        Assert.Contains("This month", en);
        Assert.DoesNotContain("<script>", en);
        Assert.Contains("&lt;script&gt;", en);
    }

    [Fact]
    public async Task Every_chart_is_served_as_png_and_svg_in_the_language_asked_for()
    {
        var client = api.As(Role.QualityDepartment, "qa-sun");
        foreach (var kind in ChartNames.All)
        {
            var png = await client.GetAsync($"/dashboard/charts/{kind.Name()}.png?lang=zh&productLine=TruckMixer");
            Assert.Equal(HttpStatusCode.OK, png.StatusCode);
            Assert.Equal("image/png", png.Content.Headers.ContentType!.MediaType);
            Assert.Equal(0x89, (await png.Content.ReadAsByteArrayAsync())[0]);

            var svg = await client.GetAsync($"/dashboard/charts/{kind.Name()}.svg?lang=en");
            Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType!.MediaType);
            Assert.StartsWith("<?xml", await svg.Content.ReadAsStringAsync());
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/dashboard/charts/nothing.png")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/dashboard/charts/satisfaction.gif")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/dashboard/charts/satisfaction.png?from=2026-05-01&to=2026-01-01")).StatusCode);
    }

    [Fact]
    public async Task A_token_of_the_company_identity_provider_reads_the_dashboard_and_a_forged_one_does_not()
    {
        var idp = api.IdentityProvider;
        var roles = new Dictionary<string, object> { ["roles"] = new[] { "employee", "QualityDepartment" } };
        var token = idp.Issue("wang.fang@company.cn", roles);

        var bearer = api.Anonymous();
        bearer.DefaultRequestHeaders.Authorization = new("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/dashboard?lang=en")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/api/reports/satisfaction")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await bearer.GetAsync("/orleans/")).StatusCode);

        // The same issuer, claims and key id, signed with another key.
        var forged = idp.Issue("wang.fang@company.cn", roles, new RsaSecurityKey(RSA.Create(2048)) { KeyId = "sso-2026" });
        var forger = api.Anonymous();
        forger.DefaultRequestHeaders.Authorization = new("Bearer", forged);
        Assert.Equal(HttpStatusCode.Unauthorized, (await forger.GetAsync("/dashboard")).StatusCode);

        // A colleague the provider knows, without a role of this service.
        var colleague = api.Anonymous();
        colleague.DefaultRequestHeaders.Authorization = new("Bearer", idp.Issue("li.na@company.cn", new Dictionary<string, object> { ["roles"] = new[] { "employee" } }));
        Assert.Equal(HttpStatusCode.Forbidden, (await colleague.GetAsync("/dashboard")).StatusCode);
        await colleague.GetAsync("/api/tickets").Problem(HttpStatusCode.Forbidden, "API-ROLE");
        var unknownRole = api.Anonymous();
        unknownRole.DefaultRequestHeaders.Authorization = new("Bearer", idp.Issue("zhao@company.cn", new Dictionary<string, object> { ["role"] = "Administrator" }));
        await unknownRole.GetAsync("/api/tickets").Problem(HttpStatusCode.Forbidden, "API-ROLE");
    }

    [Fact]
    public async Task Signing_in_with_a_password_sets_an_http_only_same_site_cookie_that_reads_the_dashboard_but_not_the_api()
    {
        var browser = api.Browser();
        var person = await api.Person(Role.QualityDepartment);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInHttp.PasswordStep(browser, person, "not-the-password")).StatusCode);

        var signedIn = await SignInHttp.PasswordStep(browser, person, SignInHttp.Password, "/dashboard?lang=zh");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/dashboard?lang=zh", signedIn.Headers.Location!.OriginalString);
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("AfterSales.Session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase); // plain HTTP here; Secure over HTTPS

        Assert.Contains("售后服务质量看板", await (await browser.GetAsync("/dashboard?lang=zh")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/dashboard/tickets?breached=true")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/tickets")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/orleans/")).StatusCode);

        var page = await browser.GetStringAsync("/app");
        var loggedOut = await browser.PostAsync("/logout", SignInHttp.Form(page));
        Assert.Equal(HttpStatusCode.Redirect, loggedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/dashboard")).StatusCode);
    }

    [Fact]
    public async Task The_cookie_opens_the_orleans_dashboard_to_operations_after_its_second_factor_and_a_customer_gets_403()
    {
        var ops = api.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await SignInHttp.SignIn(ops, await api.Person(Role.Operations), "/orleans/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ops.GetAsync("/orleans/")).StatusCode);

        var w = await ApiWorld.Create(api);
        var customer = api.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await SignInHttp.SignIn(customer, await api.Person(Role.Customer, w.CustomerId), "/orleans/")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await customer.GetAsync("/orleans/")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await customer.GetAsync("/dashboard")).StatusCode);
    }

    [Theory]
    [InlineData("//evil.example/x")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("http://localhost.evil.example/app")]
    public async Task Sign_in_never_redirects_off_the_site(string returnUrl)
    {
        var signedIn = await SignInHttp.PasswordStep(api.Browser(), await api.Person(Role.QualityDepartment), SignInHttp.Password, returnUrl);
        Assert.Equal("/app", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_sign_in_without_the_forms_antiforgery_token_is_refused()
    {
        var person = await api.Person(Role.QualityDepartment);
        var post = await api.Browser().PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = person, ["password"] = SignInHttp.Password,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.False(post.Headers.Contains("Set-Cookie") && post.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("AfterSales.Session=", StringComparison.Ordinal)));
    }

}
