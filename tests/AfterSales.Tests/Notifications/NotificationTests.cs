using AfterSales.Tests.Accounts;
using System.Net;
using System.Text;
using System.Text.Json;
using AfterSales.GrainInterfaces.Notifications;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Silo.Notifications;
using AfterSales.Tests.Api;

namespace AfterSales.Tests.Notifications;

/// <summary>
/// Customers and managers are told by e-mail through a real SMTP server, other systems by signed webhooks, and the
/// ticket shows what was sent (docs/api.md "Notifications and webhooks"); the rules' clock is moved by the tests.
/// </summary>
[Trait("Category", "Slow")]
public sealed class NotificationTests(NotifyingApi api) : IClassFixture<NotifyingApi>
{
    private const string Secret = "s3cret-of-the-erp-0123";

    private static readonly string[] JourneyEvents =
    [
        EventTypes.Received, EventTypes.Classified, EventTypes.Assigned, EventTypes.Dispatched, EventTypes.Arrived, EventTypes.ReportSubmitted,
        EventTypes.ReportSigned, EventTypes.Approved, EventTypes.Filed, EventTypes.ReplySent, EventTypes.Closed,
    ];

    [Fact]
    public async Task A_whole_journey_mails_the_customer_each_step_once_in_English_and_a_signed_webhook_hears_every_event()
    {
        api.NextWorkingDayAt(9);
        var w = await NotifiedWorld.Create(api, language: "en");
        using var erp = new WebhookReceiver();
        var subscription = await w.Operations.Post("/api/webhooks", new { url = erp.Url, events = new[] { "*" }, secret = Secret })
            .Ok<JsonElement>(HttpStatusCode.Created);
        Assert.False(subscription.TryGetProperty("secret", out _), "the secret is never answered");

        var t = await w.Open();
        var closed = await w.Journey(t);
        Assert.Equal(TicketStatus.Closed, closed.Status);

        var mails = await api.Sink.WaitFor(w.Email, m => m.Count >= 5);
        var subjects = mails.Select(m => m.Subject).ToList();
        Assert.Collection(subjects,
            s => Assert.Equal($"[After-sales] Your service request {t.Id} has been received", s),
            s => Assert.Equal($"[After-sales] {t.Id}: a service engineer is on the way", s),
            s => Assert.Equal($"[After-sales] {t.Id}: the service report awaits your signature", s),
            s => Assert.Equal($"[After-sales] {t.Id}: the after-sales department's reply", s),
            s => Assert.Equal($"[After-sales] {t.Id} is closed: please rate our service", s));
        var dispatched = mails[1].TextBody;
        var timeToSite = closed.Sla.Single(d => d.Kind == SlaKind.TimeToSite).DueAt.ToOffset(TimeSpan.FromHours(8));
        Assert.Contains("王建国", dispatched);
        Assert.Contains(timeToSite.ToString("yyyy-MM-dd HH:mm"), dispatched);
        Assert.Contains("the seal is replaced", mails[3].TextBody);
        Assert.Contains($"https://service.example/app/tickets/{t.Id}", mails[4].TextBody);

        var heard = await erp.WaitFor(r => Of(r, t.Id).Contains(EventTypes.Closed));
        Assert.Equal(JourneyEvents, Of(heard, t.Id));
        foreach (var (body, signature, type, _) in heard)
        {
            Assert.Equal(WebhookSender.Sign(Secret, Encoding.UTF8.GetBytes(body)), signature);
            Assert.Equal(JsonDocument.Parse(body).RootElement.GetProperty("type").GetString(), type);
        }

        // Each once: a few more rounds of the notifier send nothing again.
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(5, api.Sink.Mails().Count(m => m.To == w.Email));
        Assert.Equal(JourneyEvents.Length, Of([.. erp.Requests], t.Id).Count);

        var shown = await w.Assistant.GetAsync($"/api/tickets/{t.Id}").Ok<TicketView>();
        var toCustomer = shown.Notifications!.Where(n => n.Channel == "email").ToList();
        Assert.Equal([EventTypes.Received, EventTypes.Dispatched, EventTypes.ReportSubmitted, EventTypes.ReplySent, EventTypes.Closed], toCustomer.Select(n => n.Event));
        Assert.All(toCustomer, n => Assert.Equal((w.Email, "Sent"), (n.To, n.Result)));
        Assert.Equal(JourneyEvents.Length, shown.Notifications!.Count(n => n.Channel == "webhook" && n.Result == "Sent"));
        var seenByCustomer = await w.Customer.GetAsync($"/api/tickets/{t.Id}").Ok<TicketView>();
        Assert.All(seenByCustomer.Notifications!, n => Assert.Equal("email", n.Channel));
        Assert.Equal(5, seenByCustomer.Notifications!.Count);
        // Sending changed nothing of the ticket.
        Assert.Equal(closed.Version, shown.Version);

        // The ticket's page shows what was sent, in the page's language.
        var desk = await api.SignedIn(GrainInterfaces.Common.Role.ServiceAssistant, returnUrl: $"/app/tickets/{t.Id}");
        var page = await desk.GetStringAsync($"/app/tickets/{t.Id}?lang=zh");
        Assert.Contains("通知记录", page);
        Assert.Contains($"<tr data-notification=\"{EventTypes.Closed}\" data-result=\"Sent\">", page);
        Assert.Contains(w.Email, page);
    }

    [Fact]
    public async Task A_new_account_with_an_address_gets_its_invitation_by_mail_and_forgot_password_mails_a_reset_link_once()
    {
        var manager = api.As(GrainInterfaces.Common.Role.ServiceManager, "manager-wang");
        var userName = $"qa-{Guid.NewGuid():N}"[..12];
        var address = $"{userName}@jianye.example";
        using var erp = new WebhookReceiver();
        await api.As(GrainInterfaces.Common.Role.Operations, "ops-ma").Post("/api/webhooks", new { url = erp.Url, events = new[] { "*" }, secret = Secret })
            .Ok<JsonElement>(HttpStatusCode.Created);
        var created = await manager.Post("/api/users", new { userName, displayName = "吴敏", role = "QualityDepartment", email = address })
            .Ok<JsonElement>(HttpStatusCode.Created);
        Assert.Equal(address, created.GetProperty("invitationSentTo").GetString());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("invitationUrl").ValueKind);

        var invitation = Assert.Single(await api.Sink.WaitFor(address, m => m.Count >= 1));
        Assert.Contains("吴敏", invitation.TextBody);
        var link = System.Text.RegularExpressions.Regex.Match(invitation.TextBody ?? "", @"http://localhost(/account/invitation/\S+)").Groups[1].Value;
        Assert.Equal(HttpStatusCode.Redirect, (await SignInHttp.SetPassword(api.Browser(), link, SignInHttp.Password)).StatusCode);

        var browser = api.Browser();
        var forgot = await browser.GetStringAsync("/account/forgot");
        Assert.Equal(HttpStatusCode.OK, (await browser.PostAsync("/account/forgot", SignInHttp.Form(forgot, ("userName", userName.ToUpperInvariant())))).StatusCode);
        var mails = await api.Sink.WaitFor(address, m => m.Count >= 2);
        var reset = System.Text.RegularExpressions.Regex.Match(mails[1].TextBody ?? "", @"http://localhost(/account/reset/\S+)").Groups[1].Value;
        Assert.Equal(HttpStatusCode.Redirect, (await SignInHttp.SetPassword(api.Browser(), reset, "A-new-drum-2027")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await SignInHttp.SetPassword(api.Browser(), reset, "Yet-another-2027")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInHttp.PasswordStep(api.Browser(), userName, "A-new-drum-2027")).StatusCode);

        // The links are the person's alone: no subscriber hears of them.
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.DoesNotContain(erp.Requests, r => r.Body.Contains("/account/", StringComparison.Ordinal) || (r.Event ?? "").StartsWith("account.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_customer_without_an_address_or_with_notifications_off_gets_nothing_and_the_ticket_says_so()
    {
        var silent = await NotifiedWorld.Create(api, email: false);
        var off = await NotifiedWorld.Create(api, notifications: false);
        var (a, b) = (await silent.Open(), await off.Open());

        var withoutAddress = await Skipped(silent, a.Id);
        Assert.Equal(("customer:" + silent.CustomerId, "the customer has no e-mail address"), (withoutAddress.To, withoutAddress.Detail));
        var turnedOff = await Skipped(off, b.Id);
        Assert.Equal((off.Email, "the customer turned notifications off"), (turnedOff.To, turnedOff.Detail));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.DoesNotContain(api.Sink.Mails(), m => m.To == off.Email);
    }

    [Fact]
    public async Task The_service_manager_is_told_30_business_minutes_before_a_breach_and_at_the_breach_once_each()
    {
        api.NextWorkingDayAt(9);
        var w = await NotifiedWorld.Create(api);
        var t = await w.Open();
        var due = t.Sla.Single(d => d.Kind == SlaKind.FirstResponse).DueAt;

        api.Clock.SetUtcNow(due - TimeSpan.FromMinutes(31));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Empty(ManagerMails(t.Id));

        api.Clock.SetUtcNow(due - TimeSpan.FromMinutes(29));
        var warned = await api.Sink.WaitFor(NotifyingApi.ManagerAddress, m => m.Any(x => (x.Subject ?? "").Contains(t.Id)));
        var warning = Assert.Single(warned, m => (m.Subject ?? "").Contains(t.Id));
        Assert.Equal($"【时限预警】{t.Id}：首次响应 将于 {due.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm} 超时", warning.Subject);

        api.Clock.SetUtcNow(due + TimeSpan.FromMinutes(1));
        var both = await api.Sink.WaitFor(NotifyingApi.ManagerAddress, m => m.Count(x => (x.Subject ?? "").Contains(t.Id)) >= 2);
        Assert.Contains(both, m => m.Subject == $"【时限超时】{t.Id}：首次响应 已于 {due.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm} 超时");
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(2, ManagerMails(t.Id).Count);
        var told = (await w.Manager.GetAsync($"/api/tickets/{t.Id}").Ok<TicketView>()).Notifications!.Where(n => n.To == NotifyingApi.ManagerAddress);
        Assert.Equal([EventTypes.NearBreach, EventTypes.Breached], told.Select(n => n.Event));

        // The next working morning the managers get the open alerts, this one among them.
        var morning = api.NextWorkingDayAt(9);
        var subject = $"【告警日报】{morning:yyyy-MM-dd}";
        var digest = await api.Sink.WaitFor(NotifyingApi.ManagerAddress, m => m.Any(x => (x.Subject ?? "").StartsWith(subject, StringComparison.Ordinal)));
        Assert.Contains(t.Id, Assert.Single(digest, m => (m.Subject ?? "").StartsWith(subject, StringComparison.Ordinal)).TextBody);

        // The alerts page shows who was told of the breach.
        var desk = await api.SignedIn(GrainInterfaces.Common.Role.ServiceAssistant, returnUrl: "/app/alerts");
        var page = await desk.GetStringAsync("/app/alerts?lang=en");
        var alert = System.Text.RegularExpressions.Regex.Match(page, $"<td data-told=\"{System.Text.RegularExpressions.Regex.Escape(t.Id)}:FirstResponse:0\">(.*?)</td>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(alert.Success, page);
        Assert.Contains($"{NotifyingApi.ManagerAddress} · sent", alert.Groups[1].Value);
    }

    [Fact]
    public async Task A_webhook_that_answers_500_twice_gets_the_event_three_times_and_one_down_for_good_fails_after_the_retry_window()
    {
        api.NextWorkingDayAt(9);
        var w = await NotifiedWorld.Create(api);
        using var flaky = new WebhookReceiver(n => n <= 2 ? HttpStatusCode.InternalServerError : HttpStatusCode.OK);
        var flakyId = (await w.Manager.Post("/api/webhooks", new { url = flaky.Url, events = new[] { EventTypes.Received }, secret = Secret })
            .Ok<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetString();
        var downId = (await w.Manager.Post("/api/webhooks", new { url = $"http://127.0.0.1:{FreePort.Next()}/gone", events = new[] { EventTypes.Received }, secret = Secret })
            .Ok<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetString();

        var t = await w.Open();
        await flaky.WaitFor(r => r.Count >= 1);
        // The receivers are down: the ticket's commands are acknowledged all the same.
        await w.Do(w.Assistant, t.Id, "classify", new { category = "Breakdown", warrantySuspected = false });
        api.Clock.Advance(TimeSpan.FromSeconds(31));
        await flaky.WaitFor(r => r.Count >= 2);
        api.Clock.Advance(TimeSpan.FromSeconds(61));
        var heard = await flaky.WaitFor(r => r.Count >= 3);
        Assert.Equal([HttpStatusCode.InternalServerError, HttpStatusCode.InternalServerError, HttpStatusCode.OK], heard.Select(r => r.Answered));
        Assert.Single(heard.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("id").GetString()).Distinct());

        var log = await Deliveries(w, flakyId!, d => d.GetProperty("status").GetString() == "Sent");
        var delivery = Assert.Single(log);
        Assert.Equal((3, 200, t.Id), (delivery.GetProperty("attempts").GetInt32(), delivery.GetProperty("lastStatusCode").GetInt32(), delivery.GetProperty("ticketId").GetString()));

        api.Clock.Advance(TimeSpan.FromHours(25));
        var failed = Assert.Single(await Deliveries(w, downId!, d => d.GetProperty("status").GetString() == "Failed"));
        Assert.Equal("Failed", failed.GetProperty("status").GetString());
        Assert.True(failed.GetProperty("attempts").GetInt32() >= 2);
        Assert.False(string.IsNullOrEmpty(failed.GetProperty("lastError").GetString()));
    }

    [Fact]
    public async Task An_old_part_not_back_by_its_due_date_is_told_once_to_its_subscribers()
    {
        api.NextWorkingDayAt(9);
        var w = await NotifiedWorld.Create(api);
        using var warehouse = new WebhookReceiver();
        await w.Operations.Post("/api/webhooks", new { url = warehouse.Url, events = new[] { EventTypes.OldPartOverdue }, secret = Secret }).Ok<JsonElement>(HttpStatusCode.Created);
        var t = await w.Open();
        await w.Do(w.Assistant, t.Id, "classify", new { category = "WarrantyClaim", warrantySuspected = true });
        await w.Do(w.Assistant, t.Id, "assign", new { engineerId = w.EngineerId });
        await w.Do(w.Engineer, t.Id, "contact", new { notes = "called" });
        await w.Do(w.Engineer, t.Id, "phone-attempts", new { solved = false });
        await w.Do(w.Engineer, t.Id, "warranty-parts", new { parts = new[] { new { partNo = "P-4711", quantity = 1 } } });
        await w.Do(w.Manager, t.Id, "warranty-parts/approval", new { approved = true });
        var applied = await w.Do(w.Assistant, t.Id, "warranty-parts/application");
        var due = applied.OldParts.Single().DueAt;

        api.Clock.SetUtcNow(due - TimeSpan.FromHours(1));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Empty(Of([.. warehouse.Requests], t.Id));
        api.Clock.SetUtcNow(due + TimeSpan.FromMinutes(1));
        var heard = await warehouse.WaitFor(r => Of(r, t.Id).Count > 0);
        var overdue = JsonDocument.Parse(Assert.Single(heard, r => Of([r], t.Id).Count > 0).Body).RootElement;
        Assert.Equal((EventTypes.OldPartOverdue, "P-4711"), (overdue.GetProperty("type").GetString(), overdue.GetProperty("text").GetString()));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single(Of([.. warehouse.Requests], t.Id));
    }

    [Fact]
    public async Task A_WeCom_group_robot_gets_its_text_message_and_its_error_code_is_an_attempt_that_failed()
    {
        var w = await NotifiedWorld.Create(api);
        // The robot's documented answers: {"errcode":0,"errmsg":"ok"}, or an error code with HTTP 200 (45009: too many messages).
        using var robot = new WebhookReceiver(body: n => n == 1 ? """{"errcode":45009,"errmsg":"api freq out of limit"}""" : """{"errcode":0,"errmsg":"ok"}""");
        var id = (await w.Manager.Post("/api/webhooks", new { url = robot.Url, events = new[] { EventTypes.Received }, kind = "wecom" })
            .Ok<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetString()!;

        var t = await w.Open();
        await robot.WaitFor(r => r.Count >= 1);
        api.Clock.Advance(TimeSpan.FromSeconds(31));
        var heard = await robot.WaitFor(r => r.Count >= 2);
        var message = JsonDocument.Parse(heard[1].Body).RootElement;
        Assert.Equal("text", message.GetProperty("msgtype").GetString());
        Assert.Equal($"【售后服务】您的报修 {t.Id} 已受理", message.GetProperty("text").GetProperty("content").GetString());
        Assert.Null(heard[1].Signature);
        var delivery = Assert.Single(await Deliveries(w, id, d => d.GetProperty("status").GetString() == "Sent"));
        Assert.Equal(2, delivery.GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task A_subscription_is_refused_without_an_absolute_url_a_known_event_or_a_long_enough_secret()
    {
        var w = await NotifiedWorld.Create(api);
        await w.Operations.Post("/api/webhooks", new { url = "ftp://erp/hook", events = new[] { "*" }, secret = Secret }).Problem(HttpStatusCode.BadRequest, "API-INPUT");
        await w.Operations.Post("/api/webhooks", new { url = "https://erp.example/hook", events = new[] { "ticket.exploded" }, secret = Secret }).Problem(HttpStatusCode.BadRequest, "API-INPUT");
        await w.Operations.Post("/api/webhooks", new { url = "https://erp.example/hook", events = new[] { "*" }, secret = "short" }).Problem(HttpStatusCode.BadRequest, "API-INPUT");
        await w.Assistant.Post("/api/webhooks", new { url = "https://erp.example/hook", events = new[] { "*" }, secret = Secret }).Problem(HttpStatusCode.Forbidden);
        await w.Operations.GetAsync("/api/webhooks/WH-none/deliveries").Problem(HttpStatusCode.NotFound);

        // A retry with the same Idempotency-Key is the first subscription; the key with another request is 422.
        var key = $"erp-hook-{w.Tag}";
        var first = await w.Operations.Post("/api/webhooks", new { url = "https://erp.example/hook", events = new[] { "*" }, secret = Secret }, key).Ok<JsonElement>(HttpStatusCode.Created);
        var again = await w.Operations.Post("/api/webhooks", new { url = "https://erp.example/hook", events = new[] { "*" }, secret = Secret }, key).Ok<JsonElement>(HttpStatusCode.Created);
        Assert.Equal(first.GetProperty("id").GetString(), again.GetProperty("id").GetString());
        await w.Operations.Post("/api/webhooks", new { url = "https://erp.example/other", events = new[] { "*" }, secret = Secret }, key).Problem(HttpStatusCode.UnprocessableEntity, "API-IDEMPOTENCY");
        var all = await w.Operations.GetAsync("/api/webhooks").Ok<List<JsonElement>>();
        Assert.Single(all, s => s.GetProperty("id").GetString() == first.GetProperty("id").GetString());
    }

    private List<MimeKit.MimeMessage> ManagerMails(string ticketId) =>
        [.. api.Sink.Mails().Where(m => m.To == NotifyingApi.ManagerAddress && (m.Message.Subject ?? "").Contains(ticketId)).Select(m => m.Message)];

    private static List<string> Of(IEnumerable<(string Body, string? Signature, string? Event, HttpStatusCode Answered)> requests, string ticketId) =>
    [
        .. requests.Select(r => JsonDocument.Parse(r.Body).RootElement)
            .Where(e => e.GetProperty("ticketId").GetString() == ticketId)
            .Select(e => e.GetProperty("type").GetString()!),
    ];

    private static async Task<NotificationRecord> Skipped(NotifiedWorld w, string ticketId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var view = await w.Assistant.GetAsync($"/api/tickets/{ticketId}").Ok<TicketView>();
            var n = view.Notifications!.FirstOrDefault(n => n.Event == EventTypes.Received && n.Channel == "email");
            if (n is not null || DateTime.UtcNow > deadline)
            {
                Assert.NotNull(n);
                Assert.Equal("Skipped", n.Result);
                return n;
            }

            await Task.Delay(100);
        }
    }

    private static async Task<List<JsonElement>> Deliveries(NotifiedWorld w, string subscriptionId, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var log = await w.Operations.GetAsync($"/api/webhooks/{subscriptionId}/deliveries").Ok<List<JsonElement>>();
            if ((log.Count > 0 && log.All(done)) || DateTime.UtcNow > deadline)
            {
                return log;
            }

            await Task.Delay(100);
        }
    }
}
