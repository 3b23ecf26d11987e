using AfterSales.GrainInterfaces.Notifications;

namespace AfterSales.Silo.Notifications;

/// <summary>
/// A subscription to events (<c>POST /api/webhooks</c>): a <c>webhook</c> gets each event's JSON signed with its secret;
/// a <c>wecom</c> group robot gets a text message. The secret is never answered.
/// </summary>
public sealed record WebhookSubscription(
    string Id, string Kind, string Url, IReadOnlyList<string> Events, [property: System.Text.Json.Serialization.JsonIgnore] string Secret,
    string CreatedBy, DateTimeOffset CreatedAt)
{
    public const string Webhook = "webhook";
    public const string WeCom = "wecom";

    public bool Wants(string type) => Events.Contains(type) || (Events.Contains("*") && EventTypes.All.Contains(type));
}
