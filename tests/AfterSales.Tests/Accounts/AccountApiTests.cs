using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AfterSales.GrainInterfaces.Accounts;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Tests.Api;

namespace AfterSales.Tests.Accounts;

/// <summary>
/// Accounts and sign-in through the real pipeline (docs/api.md "Accounts and sign-in"): /api/users by role, the pages'
/// answers that tell no one which user names exist, the session cookie (new at every sign-in, ended when the account is
/// disabled), antiforgery on every form, and a form posted on an ended session sent to sign in and back.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed partial class AccountApiTests(ApiFixture api)
{
    private HttpClient Manager => api.As(Role.ServiceManager, "manager-wang");

    private HttpClient Assistant => api.As(Role.ServiceAssistant, "assistant-li");

    private static string NewName(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..16];

    [Fact]
    public async Task The_manager_creates_any_account_and_the_desk_only_customers_people_with_a_one_time_invitation_link()
    {
        var w = await ApiWorld.Create(api);
        var name = NewName("QA");
        var created = await Manager.Post("/api/users", new { userName = name, displayName = "周质检", role = "QualityDepartment" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/users/{name.ToLowerInvariant()}", created.Headers.Location!.OriginalString);
        var user = await created.Ok<JsonElement>(HttpStatusCode.Created);
        Assert.Equal(name.ToLowerInvariant(), user.GetProperty("userName").GetString());
        Assert.StartsWith("http://localhost/account/invitation/", user.GetProperty("invitationUrl").GetString());
        Assert.Equal(JsonValueKind.Null, user.GetProperty("invitationSentTo").ValueKind);
        Assert.False(user.GetProperty("passwordSet").GetBoolean());

        await Assistant.Post("/api/users", new { userName = NewName("mgr"), displayName = "x", role = "ServiceManager" }).Problem(HttpStatusCode.Forbidden, "API-ROLE");
        await Assistant.Post("/api/users", new { userName = NewName("cus"), displayName = "刘工长", role = "Customer" }).Problem(HttpStatusCode.BadRequest, "API-INPUT");
        var person = await Assistant.Post("/api/users", new { userName = NewName("cus"), displayName = "刘工长", role = "Customer", customerId = w.CustomerId })
            .Ok<UserView>(HttpStatusCode.Created);
        Assert.Equal(w.CustomerId, person.CustomerId);
        await Manager.Post("/api/users", new { userName = name, displayName = "again", role = "Marketing" }).Problem(HttpStatusCode.Conflict, "API-ID-EXISTS");
        await Manager.Post("/api/users", new { userName = "a b", displayName = "x", role = "Marketing" }).Problem(HttpStatusCode.BadRequest, "API-INPUT");
        await Manager.Post("/api/users", new { userName = NewName("x"), displayName = "x", role = "Administrator" }).Problem(HttpStatusCode.BadRequest);

        // The desk lists and reads customers' people, not the staff; nothing secret is ever answered.
        var listed = await Assistant.GetStringAsync("/api/users?limit=200");
        Assert.Contains(person.UserName, listed);
        Assert.DoesNotContain(name.ToLowerInvariant(), listed);
        await Assistant.GetAsync($"/api/users/{name}").Problem(HttpStatusCode.Forbidden, "API-ROLE");
        var all = await Manager.GetStringAsync($"/api/users?q={name}");
        Assert.Contains(name.ToLowerInvariant(), all);
        var one = await Manager.GetStringAsync($"/api/users/{name}");
        Assert.DoesNotContain("hash", one, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secret", one, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(person.UserName, await Manager.GetStringAsync($"/api/users?role=Customer&q={person.UserName}"));
        await Manager.GetAsync("/api/users/nobody-here").Problem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_invitation_sets_a_password_once_and_a_second_use_is_refused_in_the_pages_language()
    {
        var name = NewName("inv");
        var user = await Manager.Post("/api/users", new { userName = name, displayName = "Wu", role = "Warehouse" }).Ok<JsonElement>(HttpStatusCode.Created);
        var path = new Uri(user.GetProperty("invitationUrl").GetString()!).PathAndQuery;

        var weak = await SignInHttp.SetPassword(api.Browser(), path + "?lang=zh", "1234567890");
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("太容易被猜到", await weak.Content.ReadAsStringAsync());
        var set = await SignInHttp.SetPassword(api.Browser(), path, SignInHttp.Password);
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal("/login?notice=password-set", set.Headers.Location!.OriginalString);

        var again = await SignInHttp.SetPassword(api.Browser(), path + "?lang=zh", "Another-pass-2026");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("该链接已使用或已过期", await again.Content.ReadAsStringAsync());
        var forged = await SignInHttp.SetPassword(api.Browser(), "/account/invitation/" + AfterSales.Grains.Accounts.AccountLinks.Code(name.ToLowerInvariant(), new string('A', 43)) + "?lang=en", "Another-pass-2026");
        Assert.Equal(HttpStatusCode.Conflict, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInHttp.SignIn(api.Browser(), name.ToLowerInvariant())).StatusCode);
    }

    [Fact]
    public async Task An_unknown_user_a_wrong_password_and_a_disabled_account_get_the_same_page_and_so_does_forgot_password()
    {
        var known = await api.Person(Role.PartsSalesman);
        var disabled = await api.Person(Role.PartsSalesman);
        await Manager.Post($"/api/users/{disabled}/disable", new { }).Ok<UserView>();

        var pages = new List<string>();
        foreach (var (user, password) in new[] { ("nobody-at-all", SignInHttp.Password), (known, "not-the-password"), (disabled, SignInHttp.Password) })
        {
            var answer = await SignInHttp.PasswordStep(api.Browser(), user, password);
            Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
            Assert.False(answer.Headers.Contains("Set-Cookie") && answer.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("AfterSales.Session=", StringComparison.Ordinal)));
            pages.Add(Comparable(await answer.Content.ReadAsStringAsync(), user));
        }

        Assert.Single(pages.Distinct());

        var forgot = new List<string>();
        foreach (var user in new[] { "nobody-at-all", known })
        {
            var browser = api.Browser();
            var page = await browser.GetStringAsync("/account/forgot");
            var answer = await browser.PostAsync("/account/forgot", SignInHttp.Form(page, ("userName", user)));
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            forgot.Add(Comparable(await answer.Content.ReadAsStringAsync(), user));
        }

        Assert.Single(forgot.Distinct());
    }

    [Fact]
    public async Task Every_sign_in_starts_a_new_session_and_disabling_the_account_ends_it_at_once()
    {
        var w = await ApiWorld.Create(api);
        var person = await api.Person(Role.Customer, w.CustomerId);
        var browser = api.Browser();
        var first = await SignInHttp.SignIn(browser, person);
        var second = await SignInHttp.SignIn(browser, person);
        Assert.NotEqual(SessionCookie(first), SessionCookie(second));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/app")).StatusCode);

        await Manager.Post($"/api/users/{person}/disable", new { }).Ok<UserView>();
        var after = await browser.GetAsync("/app");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/login?returnUrl=", after.Headers.Location!.OriginalString);

        var history = await api.As(Role.Operations, "ops-ma").GetAsync($"/api/users/{person}/history").Ok<AccountEvent[]>();
        Assert.Equal(AccountEventKind.Disabled, history[0].Kind);
        Assert.Equal("manager-wang", history[0].By);
        Assert.Equal([AccountEventKind.SignedIn, AccountEventKind.SignedIn], history.Skip(1).Take(2).Select(h => h.Kind));
        await Assistant.GetAsync($"/api/users/{person}/history").Problem(HttpStatusCode.Forbidden, "API-ROLE");
        var page = await Manager.GetAsync($"/api/users/{person}/history?limit=1").Ok<AccountEvent[]>();
        Assert.Single(page);
    }

    [Fact]
    public async Task A_form_posted_on_an_ended_session_is_sent_to_sign_in_and_back_to_its_page_not_refused()
    {
        var browser = api.Browser();
        browser.DefaultRequestHeaders.Add("Cookie", "AfterSales.Session=CfDJ8-not-a-session");
        var posted = await browser.PostAsync("/app/tickets/T-1?lang=zh", new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = "typed" }));
        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        Assert.Equal("/login?returnUrl=%2Fapp%2Ftickets%2FT-1%3Flang%3Dzh", posted.Headers.Location!.OriginalString);

        var anonymous = await api.Browser().PostAsync("/app/intake", new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "y" }));
        Assert.Equal(HttpStatusCode.SeeOther, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Browser().PostAsync("/api/tickets", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
    }

    [Fact]
    public async Task Every_form_of_the_sign_in_and_account_pages_carries_an_antiforgery_field_and_is_refused_without_it()
    {
        var user = await Manager.Post("/api/users", new { userName = NewName("af"), displayName = "Af", role = "Marketing" }).Ok<JsonElement>(HttpStatusCode.Created);
        var invitation = new Uri(user.GetProperty("invitationUrl").GetString()!).PathAndQuery;
        var signedIn = await api.SignedIn(Role.TechnicalDepartment);
        var pages = new (HttpClient Browser, string Path)[]
        {
            (api.Browser(), "/login"), (api.Browser(), "/account/forgot"), (api.Browser(), invitation), (api.Browser(), "/account/reset/x.y"),
            (signedIn, "/account"), (signedIn, "/account/second-factor"), (signedIn, "/app"),
        };
        foreach (var (browser, path) in pages)
        {
            var html = await browser.GetStringAsync(path);
            var forms = PostForms().Matches(html).Select(m => m.Value).ToList();
            Assert.NotEmpty(forms);
            Assert.All(forms, f => Assert.Contains("name=\"__RequestVerificationToken\"", f));
        }

        foreach (var path in new[] { "/login", "/account/forgot", invitation })
        {
            var post = await api.Browser().PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["userName"] = "x", ["password"] = SignInHttp.Password, ["confirmPassword"] = SignInHttp.Password,
            }));
            Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        }

        Assert.False((await Manager.GetAsync($"/api/users/{user.GetProperty("userName").GetString()}").Ok<UserView>()).PasswordSet);
    }

    [Fact]
    public async Task A_person_changes_their_password_and_the_other_sessions_end()
    {
        var person = await api.Person(Role.SalesDepartment);
        var laptop = api.Browser();
        var phone = api.Browser();
        await SignInHttp.SignIn(laptop, person);
        await SignInHttp.SignIn(phone, person);

        var page = await laptop.GetStringAsync("/account?lang=en");
        var wrong = await laptop.PostAsync("/account/password", SignInHttp.Form(page, ("currentPassword", "not-it-at-all"), ("newPassword", "New-drum-2027!"), ("confirmPassword", "New-drum-2027!")));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("The current password is not right.", await wrong.Content.ReadAsStringAsync());

        page = await laptop.GetStringAsync("/account?lang=en");
        var changed = await laptop.PostAsync("/account/password", SignInHttp.Form(page, ("currentPassword", SignInHttp.Password), ("newPassword", "New-drum-2027!"), ("confirmPassword", "New-drum-2027!")));
        Assert.Equal("/account?notice=password-changed", changed.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/app")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/app")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInHttp.PasswordStep(api.Browser(), person, SignInHttp.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInHttp.PasswordStep(api.Browser(), person, "New-drum-2027!")).StatusCode);
    }

    private static string SessionCookie(HttpResponseMessage answer) =>
        Assert.Single(answer.Headers.GetValues("Set-Cookie"), c => c.StartsWith("AfterSales.Session=", StringComparison.Ordinal)).Split(';')[0];

    // A page without what differs by request alone: its antiforgery token and the user name typed back into the form.
    private static string Comparable(string page, string userName) =>
        AntiforgeryValue().Replace(page, "value=\"token\"").Replace($"value=\"{userName}\"", "value=\"user\"", StringComparison.Ordinal);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"[^\"]*\"")]
    private static partial Regex AntiforgeryValue();

    [GeneratedRegex("<form[^>]*method=\"post\"[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex PostForms();
}
