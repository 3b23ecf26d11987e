using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Notifications;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Silo.Api.Requests;
using AfterSales.Silo.Notifications;
using AfterSales.Persistence.ReadModels;

namespace AfterSales.Silo.Api;

/// <summary>Subscriptions of other systems to the events, and what was delivered to each (docs/api.md "Notifications and webhooks").</summary>
public static class WebhookEndpoints
{
    public static void MapWebhooks(this RouteGroupBuilder api)
    {
        var webhooks = api.MapGroup("/webhooks").WithTags("Webhooks");

        webhooks.MapPost("/", async (NewWebhook w, HttpContext http, NotificationStore store, [FromKeyedServices(RulesClock.Key)] TimeProvider clock) =>
        {
            var subscription = Subscription(w, http.Actor(), Caller.IdempotencyKey(http), clock.GetUtcNow());
            if (!await store.Subscribe(subscription))
            {
                // The same caller's Idempotency-Key again: the first answer for the same request, 422 for another.
                var first = (await store.Subscription(subscription.Id))!;
                if ((first.Kind, first.Url, string.Join(' ', first.Events), first.Secret) != (subscription.Kind, subscription.Url, string.Join(' ', subscription.Events), subscription.Secret))
                {
                    throw new RuleViolationException(RuleIds.IdempotencyKeyReused, Sentence.Of("refusal.api.subscription-key-reused", "Idempotency-Key was already used for another subscription."));
                }

                subscription = first;
            }

            return TypedResults.Created($"/api/webhooks/{subscription.Id}", subscription);
        }).Runs(NotificationOperation.Subscribe, "subscribeWebhook", "Subscribe to events",
            "Each event is POSTed to the URL with X-AfterSales-Signature: sha256=<HMAC-SHA256 of the body under the secret>, retried with backoff until a 2xx; kind wecom posts a WeCom group robot's text message.");

        webhooks.MapGet("/", async (NotificationStore store) => TypedResults.Ok(await store.Subscriptions()))
            .Runs(NotificationOperation.ListSubscriptions, "listWebhooks", "List the subscriptions to events", "Every subscription, oldest first; never its secret.");

        webhooks.MapGet("/{id}/deliveries", async (string id, int? limit, string? cursor, HttpContext http, NotificationStore store) =>
        {
            if (await store.Subscription(id) is null)
            {
                throw new NotFoundException("Webhook", id);
            }

            long? before = cursor is null ? null
                : long.TryParse(cursor, out var c) && c > 0 ? c : throw new InvalidInputException("API-INPUT", "cursor", Sentence.Of("refusal.api.cursor-of-another-list", "cursor: not a cursor of this list."));
            var size = ReadModel.Limit(limit);
            var page = await store.OfSubscription(id, size + 1, before);
            var items = page.Take(size).Select(DeliveryView.Of).ToList();
            return http.Paged(new Page<DeliveryView>(items, page.Count > size ? items[^1].Id.ToString() : null));
        }).Runs(NotificationOperation.ListDeliveries, "listWebhookDeliveries", "List a subscription's deliveries",
            "Newest first, a page at a time: each event's status (Pending, Sent, Failed), attempts and the receiver's last answer code.");
    }

    /// <param name="key">The caller's Idempotency-Key: it names the subscription, so a retry finds the first.</param>
    private static WebhookSubscription Subscription(NewWebhook w, Actor by, string? key, DateTimeOffset now)
    {
        var kind = w.Kind ?? WebhookSubscription.Webhook;
        if (kind is not (WebhookSubscription.Webhook or WebhookSubscription.WeCom))
        {
            throw new InvalidInputException("API-INPUT", "kind", Sentence.Of("refusal.api.webhook-kind", "kind: webhook or wecom."));
        }

        if (!Uri.TryCreate(w.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new InvalidInputException("API-INPUT", "url", Sentence.Of("refusal.api.webhook-url", "url: an absolute http or https URL."));
        }

        var events = w.Events ?? [];
        if (events.Count == 0 || events.Any(e => e != "*" && !EventTypes.All.Contains(e)))
        {
            throw new InvalidInputException("API-INPUT", "events", Sentence.Of("refusal.api.events", $"events: one or more of {string.Join(", ", EventTypes.All)}, or *."));
        }

        var secret = w.Secret ?? "";
        if (kind == WebhookSubscription.Webhook && secret.Length < 16)
        {
            throw new InvalidInputException("API-INPUT", "secret", Sentence.Of("refusal.api.secret-too-short", "secret: at least 16 characters, to sign each delivery with."));
        }

        return new WebhookSubscription(KeyedIds.For("WH-", by.UserId, key), kind, url.ToString(), [.. events.Distinct()], secret, by.UserId, now);
    }
}
