using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace AfterSales.Silo.Notifications;

/// <summary>
/// Posts one event to a subscription: a webhook gets the event's JSON with <c>X-AfterSales-Signature: sha256=</c> the
/// HMAC-SHA256 of the body under its secret; a WeCom (企业微信) group robot gets its documented text message.
/// </summary>
public sealed class WebhookSender(IHttpClientFactory clients)
{
    public const string Client = "webhooks";
    public const string SignatureHeader = "X-AfterSales-Signature";

    public static string Sign(string secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>Answers the status code; throws when the receiver cannot be reached or refuses.</summary>
    public async Task<int> Send(WebhookSubscription subscription, StoredDelivery delivery, string payload, string text, CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetBytes(subscription.Kind == WebhookSubscription.WeCom
            ? JsonSerializer.Serialize(new { msgtype = "text", text = new { content = text } })
            : payload);
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        request.Headers.Add("X-AfterSales-Event", delivery.Event);
        request.Headers.Add("X-AfterSales-Delivery", delivery.Id.ToString());
        if (subscription.Kind == WebhookSubscription.Webhook)
        {
            request.Headers.Add(SignatureHeader, Sign(subscription.Secret, body));
        }

        using var response = await clients.CreateClient(Client).SendAsync(request, cancellationToken);
        var code = (int)response.StatusCode;
        if (!response.IsSuccessStatusCode)
        {
            throw new DeliveryFailed(code, $"answered {code}");
        }

        if (subscription.Kind == WebhookSubscription.WeCom)
        {
            // The robot answers 200 with its own error code: {"errcode":0,"errmsg":"ok"} when the message was taken.
            using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            if (answer.RootElement.TryGetProperty("errcode", out var errcode) && errcode.GetInt32() != 0)
            {
                throw new DeliveryFailed(code, $"WeCom errcode {errcode.GetInt32()}");
            }
        }

        return code;
    }
}
