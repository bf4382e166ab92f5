using System.Text.Json;
using System.Text.Json.Serialization;
using CareLedger.Domain.Settlement;

namespace CareLedger.Application.Json;

/// <summary>
/// A statement element by the name the docs and contract files use: <c>"management-fee"</c>, as a value and as a
/// property name (a projection's amounts by element are an object keyed by element).
/// </summary>
public sealed class StatementElementJsonConverter : JsonConverter<StatementElement>
{
    public override StatementElement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && StatementElementExtensions.TryParse(reader.GetString(), out var element)
            ? element
            : throw new JsonException($"An element must be one of {string.Join(", ", Enum.GetValues<StatementElement>().Select(e => e.ToSpecName()))}.");

    public override void Write(Utf8JsonWriter writer, StatementElement value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToSpecName());

    public override StatementElement ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        StatementElementExtensions.TryParse(reader.GetString(), out var element)
            ? element
            : throw new JsonException($"An element must be one of {string.Join(", ", Enum.GetValues<StatementElement>().Select(e => e.ToSpecName()))}.");

    public override void WriteAsPropertyName(Utf8JsonWriter writer, StatementElement value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.ToSpecName());
    }
}
