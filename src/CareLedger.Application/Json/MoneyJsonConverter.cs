using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CareLedger.Domain;

namespace CareLedger.Application.Json;

/// <summary>
/// Money as an exact decimal string in the document's currency: <c>"-1250.00"</c>, never a JSON number, so no reader
/// turns pounds into binary floating point. Every document states its currency once (<c>"currency": "GBP"</c>);
/// reading uses the currency this converter was made for (<see cref="CareLedgerJson.Read{T}(string)"/> picks it).
/// </summary>
public sealed class MoneyJsonConverter(Currency currency) : JsonConverter<Money>
{
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (text is null || !decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            throw new JsonException($"An amount must be a string holding a decimal such as \"-1250.00\"; found {reader.TokenType}.");
        }

        return new Money(amount, currency);
    }

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToPlainString());
}
