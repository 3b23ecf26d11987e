using System.Text.RegularExpressions;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Engineers;
using AfterSales.GrainInterfaces.Notifications;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Grains.Sla;
using AfterSales.Persistence.ReadModels;
using AfterSales.Silo.Settings;
using Microsoft.Extensions.Options;

namespace AfterSales.Silo.Notifications;

/// <summary>
/// Tells people and systems what happened, off the request path (docs/api.md "Notifications and webhooks"). Every
/// <c>Notifications:PollSeconds</c> it raises the near-breach warnings due, plans the deliveries of the events the
/// projector kept from the grains' outbox, and sends the deliveries due, a few tickets at a time (each ticket's in order), each claimed for a lease so
/// that no two silos send it at once. A failed attempt is tried again with exponential backoff until the retry window
/// ends, then marked failed. Everything it knows is in the database: a restart, or a silo killed between the event and
/// the send, loses nothing. It never changes a ticket.
/// </summary>
public sealed partial class Notifier(
    NotificationStore store, DeliveryPlan plan, Mailer mailer, WebhookSender webhooks, IGrainFactory grains, ReadModel readModel,
    BusinessCalendar calendar, IOptions<NotificationOptions> options, [FromKeyedServices(RulesClock.Key)] TimeProvider clock,
    ILogger<Notifier> logger) : BackgroundService
{
    private const int PlanBatch = 500;

    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private DateOnly? _digestLookedAt;

    private NotificationOptions O => options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(O.PollSeconds));
        do
        {
            try
            {
                await Round(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The notifier could not finish its round; it tries again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One round: the events the clock raises (near breaches, overdue old parts), plans, sends.</summary>
    public async Task Round(CancellationToken cancellationToken = default)
    {
        var subscriptions = await store.Subscriptions();
        // The events the clock raises are raised only for someone who hears them.
        if (plan.AnyoneHears(EventTypes.NearBreach, subscriptions))
        {
            await WarnNearBreaches();
        }

        if (plan.AnyoneHears(EventTypes.OldPartOverdue, subscriptions))
        {
            await TellOverdueOldParts();
        }

        await DigestOpenAlerts();
        // Every event waiting is planned in this round, a batch per transaction: a backlog is worked off at once.
        IReadOnlyList<StoredEvent> events;
        do
        {
            events = await store.Unexpanded(PlanBatch);
            var plans = new List<(NotificationEvent, IReadOnlyList<NewDelivery>)>();
            foreach (var stored in events)
            {
                plans.Add((stored.Event, await plan.For(stored.Event, subscriptions)));
            }

            if (plans.Count > 0)
            {
                await store.Plan(plans, clock.GetUtcNow());
            }
        }
        while (events.Count == PlanBatch && !cancellationToken.IsCancellationRequested);

        var due = await store.Claim(clock.GetUtcNow(), Lease, 64);
        var byId = subscriptions.ToDictionary(s => s.Id);
        // A ticket's messages in the order of its events; different tickets' side by side.
        await Parallel.ForEachAsync(due.GroupBy(d => d.TicketId ?? d.EventId), new ParallelOptions { MaxDegreeOfParallelism = O.ConcurrentSends, CancellationToken = cancellationToken },
            async (ofOneTicket, ct) =>
            {
                foreach (var d in ofOneTicket.OrderBy(d => d.Id))
                {
                    await Deliver(d, byId, ct);
                }
            });
    }

    /// <summary>Each working day at <c>DigestAt</c>, once, the service managers get the open alerts.</summary>
    private async Task DigestOpenAlerts()
    {
        var now = clock.GetUtcNow();
        var today = calendar.LocalDate(now);
        var id = $"alerts-digest:{today:yyyy-MM-dd}";
        if (!mailer.IsOn || O.ServiceManagers.Length == 0 || !calendar.IsWorkingDay(today) || _digestLookedAt == today
            || TimeOnly.FromDateTime(calendar.Local(now).DateTime) < O.DigestAt || await store.Known(id))
        {
            return;
        }

        // Looked at once a day on this silo: a morning without open alerts has no digest.
        _digestLookedAt = today;
        var open = await readModel.Alerts(openOnly: true, ReadModel.Limit(100), null);
        if (open.Items.Count == 0)
        {
            return;
        }

        var lines = open.Items.Select(a => $"{a.TicketId} · {a.Kind} · {calendar.Local(a.DueAt):yyyy-MM-dd HH:mm}");
        await store.Raise(new NotificationEvent(
            id, EventTypes.AlertsDigest, "", now, "", "", null, null, $"{open.Items.Count}{(open.Next is null ? "" : "+")}\n{string.Join('\n', lines)}"), now);
    }

    /// <summary>An old part not back by its due date (R-WTY-3) is told once.</summary>
    private async Task TellOverdueOldParts()
    {
        var now = clock.GetUtcNow();
        foreach (var (ticketId, partNo, dueAt) in await store.OverdueOldPartsUntold(now, 100))
        {
            var ticket = await grains.Get<ITicketGrain>(ticketId).Get();
            await store.Raise(About(ticket, NotificationStore.OldPartOverdueId(ticketId, partNo), EventTypes.OldPartOverdue, now, partNo, dueAt, null), now);
        }
    }

    /// <summary>The manager is warned once per deadline when it is <c>NearBreachMinutes</c> business minutes from its breach.</summary>
    private async Task WarnNearBreaches()
    {
        var now = clock.GetUtcNow();
        var bound = calendar.Add(now, TimeSpan.FromMinutes(O.NearBreachMinutes));
        foreach (var (ticketId, dueAt) in await store.NearBreachesUntold(now, bound, 100))
        {
            // The deadline as the ticket has it now (the read model may lag behind a deadline just met).
            var ticket = await grains.Get<ITicketGrain>(ticketId).Get();
            if (ticket.Sla.FirstOrDefault(d => d.State == SlaState.Running && d.DueAt.ToUnixTimeMilliseconds() == dueAt.ToUnixTimeMilliseconds()) is { } d)
            {
                await store.Raise(About(ticket, NotificationStore.NearBreachId(ticketId, dueAt), EventTypes.NearBreach, now, null, d.DueAt, d.Kind.ToString()), now);
            }
        }
    }

    /// <summary>An event the clock raised about a ticket, as the ticket is now.</summary>
    private static NotificationEvent About(
        TicketView ticket, string id, string type, DateTimeOffset at, string? text, DateTimeOffset? dueAt, string? deadline) =>
        new(id, type, ticket.Id, at, ticket.Status.ToString(), ticket.CustomerId, ticket.EngineerId, ticket.StationId, text, dueAt, deadline, ticket.Version);

    private async Task Deliver(StoredDelivery d, IReadOnlyDictionary<string, WebhookSubscription> subscriptions, CancellationToken cancellationToken)
    {
        try
        {
            var stored = await store.Event(d.EventId) ?? throw new InvalidOperationException($"Event {d.EventId} is gone.");
            var language = d.Language ?? "zh";
            var values = stored.Event.Type switch
            {
                EventTypes.AlertsDigest => Digest(stored.Event),
                _ when DeliveryPlan.ToPerson.Contains(stored.Event.Type) => Account(stored.Event),
                _ => await Values(stored.Event, language),
            };
            int code;
            if (d.Channel == DeliveryPlan.Email)
            {
                var (subject, body) = MailTemplates.Render(d.Event, language, values);
                await mailer.Send(d.Recipient, subject, body, $"{d.Id}.{Safe().Replace(d.EventId, "-")}@aftersales", cancellationToken);
                code = 250;
            }
            else
            {
                var subscription = subscriptions.GetValueOrDefault(d.SubscriptionId ?? "")
                    ?? throw new InvalidOperationException($"Subscription {d.SubscriptionId} is gone.");
                var text = MailTemplates.Has(d.Event) ? MailTemplates.Render(d.Event, "zh", values).Subject : $"{d.Event} {stored.Event.TicketId}";
                code = await webhooks.Send(subscription, d, stored.Payload, text, cancellationToken);
            }

            await store.Sent(d, code, clock.GetUtcNow());
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var wait = TimeSpan.FromSeconds(Math.Min(O.RetrySeconds * Math.Pow(2, d.Attempts), O.MaxRetrySeconds));
            var next = now + wait - d.CreatedAt <= TimeSpan.FromHours(O.RetryWindowHours) ? now + wait : (DateTimeOffset?)null;
            logger.LogInformation("Delivery {Id} of {Event} by {Channel} failed ({Error}); {Next}", d.Id, d.EventId, d.Channel, e.Message,
                next is null ? "failed for good" : $"again at {next:u}");
            await store.Missed(d, (e as DeliveryFailed)?.Code, e.Message, next);
        }
    }

    /// <summary>What the templates may name, read when the message is written (a name changed since reads as it is now).</summary>
    private async Task<Dictionary<string, string?>> Values(NotificationEvent e, string language)
    {
        var ticket = await grains.Get<ITicketGrain>(e.TicketId).Get();
        var customer = await grains.Get<ICustomerGrain>(e.CustomerId).Get();
        var engineer = e.EngineerId is null ? null : await grains.Get<IEngineerGrain>(e.EngineerId).Get();
        string? Local(DateTimeOffset? at) => at is { } t ? calendar.Local(t).ToString("yyyy-MM-dd HH:mm") : null;
        return new Dictionary<string, string?>
        {
            ["ticketId"] = e.TicketId,
            ["customerName"] = customer.Name,
            ["machineSerial"] = ticket.MachineSerial,
            ["description"] = ticket.Description,
            ["engineerName"] = engineer?.Name ?? e.EngineerId,
            ["at"] = Local(e.At),
            ["dueAt"] = Local(e.DueAt),
            ["text"] = e.Text,
            ["status"] = e.Status,
            ["deadline"] = Deadline(e.Deadline, language),
            ["minutes"] = O.NearBreachMinutes.ToString("0"),
            ["link"] = $"{O.BaseUrl.TrimEnd('/')}/app/tickets/{Uri.EscapeDataString(e.TicketId)}",
        };
    }

    // An account's mail: whom it greets and its single-use link.
    private Dictionary<string, string?> Account(NotificationEvent e) => new()
    {
        ["displayName"] = e.Text,
        ["link"] = e.Link,
        ["until"] = e.DueAt is { } until ? calendar.Local(until).ToString("yyyy-MM-dd HH:mm") : null,
    };

    private Dictionary<string, string?> Digest(NotificationEvent e)
    {
        var (count, list) = (e.Text ?? "0").Split('\n', 2) is [var c, .. var rest] ? (c, rest.FirstOrDefault() ?? "") : ("0", "");
        return new Dictionary<string, string?>
        {
            ["date"] = calendar.LocalDate(e.At).ToString("yyyy-MM-dd"),
            ["count"] = count,
            ["alerts"] = list,
            ["link"] = $"{O.BaseUrl.TrimEnd('/')}/app/alerts",
        };
    }

    private static string? Deadline(string? kind, string language) => (kind, language) switch
    {
        (nameof(SlaKind.FirstResponse), "en") => "first response",
        (nameof(SlaKind.FirstResponse), _) => "首次响应",
        (nameof(SlaKind.TimeToSite), "en") => "time to site",
        (nameof(SlaKind.TimeToSite), _) => "到达现场",
        _ => kind,
    };

    [GeneratedRegex("[^A-Za-z0-9.-]")]
    private static partial Regex Safe();
}
