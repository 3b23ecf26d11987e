using System.Text.Json;
using System.Text.Json.Serialization;

namespace AfterSales.Grains.Common;

/// <summary>The JSON of outbox payloads, written by the grains and read by the projector.</summary>
public static class OutboxJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static OutboxMessage Message<T>(string kind, string key, long version, T payload) =>
        new(kind, key, version, JsonSerializer.Serialize(payload, Options));

    public static T Read<T>(OutboxMessage message) =>
        JsonSerializer.Deserialize<T>(message.Payload, Options) ?? throw new JsonException($"Empty {message.Kind} payload of {message.Key}.");
}
