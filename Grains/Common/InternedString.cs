using System.Text.Json;
using System.Text.Json.Serialization;

namespace AfterSales.Grains.Common;

/// <summary>
/// A text many grains' states hold the same (a model, a region, a customer's id), read from storage as one shared string:
/// 100,000 active machines of a handful of models and regions hold a handful of strings, not 100,000 copies of each.
/// </summary>
public sealed class InternedString : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() is { } text ? string.Intern(text) : null;

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
