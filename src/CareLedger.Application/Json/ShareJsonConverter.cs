using System.Text.Json;
using System.Text.Json.Serialization;
using CareLedger.Domain;

namespace CareLedger.Application.Json;

/// <summary>An exact share: <c>"25%"</c> when it has a terminating percentage, otherwise the fraction <c>"2/3"</c>.</summary>
public sealed class ShareJsonConverter : JsonConverter<Share>
{
    public override Share Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && Share.TryParse(reader.GetString(), out var value)
            ? value
            : throw new JsonException($"A share must be a string such as \"25%\" or \"2/3\"; found {reader.TokenType}.");

    public override void Write(Utf8JsonWriter writer, Share value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
