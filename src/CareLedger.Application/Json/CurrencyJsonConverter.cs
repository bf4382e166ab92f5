using System.Text.Json;
using System.Text.Json.Serialization;
using CareLedger.Domain;

namespace CareLedger.Application.Json;

/// <summary>A currency as its ISO 4217 code, <c>"GBP"</c>.</summary>
public sealed class CurrencyJsonConverter : JsonConverter<Currency>
{
    public override Currency Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && Currency.TryParse(reader.GetString(), out var value)
            ? value
            : throw new JsonException($"A currency must be an ISO 4217 code such as \"GBP\"; found {reader.TokenType}.");

    public override void Write(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Code);
}
