using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareLedger.Application.Json;

/// <summary>
/// Exact numbers that are not money (activity totals, exact intermediate amounts) as strings with every digit they
/// were computed with, <c>"194643.750000"</c>, for the same reason as amounts: no reader rounds them to a double.
/// </summary>
public sealed class DecimalJsonConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return text is not null && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new JsonException($"An exact number must be a string holding a decimal such as \"77975.0000\"; found {reader.TokenType}.");
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
}
