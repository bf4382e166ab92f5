using System.Text.Json;
using System.Text.Json.Serialization;
using CareLedger.Domain;

namespace CareLedger.Application.Json;

/// <summary>A percentage as contract files write it, <c>"1.8%"</c>: the exact percent figure and the sign.</summary>
public sealed class PercentageJsonConverter : JsonConverter<Percentage>
{
    public override Percentage Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && Percentage.TryParse(reader.GetString(), out var value)
            ? value
            : throw new JsonException($"A percentage must be a string such as \"1.8%\"; found {reader.TokenType}.");

    public override void Write(Utf8JsonWriter writer, Percentage value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
