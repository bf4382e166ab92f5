using System.Text.Json;
using System.Text.Json.Serialization;
using CareLedger.Domain;
using CareLedger.Domain.Explaining;

namespace CareLedger.Application.Json;

/// <summary>
/// A value in an explanation as an object naming its kind and holding the figure itself:
/// <c>{"kind": "money", "amount": "39762666.66"}</c>, <c>{"kind": "rate", "rate": "75%"}</c>,
/// <c>{"kind": "share", "share": "2/3"}</c>, <c>{"kind": "number", "number": "77975.0000"}</c> or
/// <c>{"kind": "text", "text": "none"}</c>. Never a pre-formatted amount.
/// </summary>
public sealed class ExplainedValueJsonConverter : JsonConverter<ExplainedValue>
{
    public override ExplainedValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("kind", out var kind))
        {
            throw new JsonException("An explained value must be an object with a \"kind\".");
        }

        return kind.GetString() switch
        {
            "money" => new ExplainedAmount(Field<Money>(root, "amount", options)),
            "rate" => new ExplainedRate(Field<Percentage>(root, "rate", options)),
            "share" => new ExplainedShare(Field<Share>(root, "share", options)),
            "number" => new ExplainedNumber(Field<decimal>(root, "number", options)),
            "text" => new ExplainedText(Field<string>(root, "text", options)),
            var other => throw new JsonException($"'{other}' is not a kind of explained value: use money, rate, share, number or text."),
        };
    }

    public override void Write(Utf8JsonWriter writer, ExplainedValue value, JsonSerializerOptions options)
    {
        var (kind, field, figure, type) = value switch
        {
            ExplainedAmount amount => ("money", "amount", (object)amount.Amount, typeof(Money)),
            ExplainedRate rate => ("rate", "rate", rate.Rate, typeof(Percentage)),
            ExplainedShare share => ("share", "share", share.Share, typeof(Share)),
            ExplainedNumber number => ("number", "number", number.Value, typeof(decimal)),
            ExplainedText text => ("text", "text", text.Text, typeof(string)),
            _ => throw new JsonException($"No JSON form for {value.GetType().Name}."),
        };
        writer.WriteStartObject();
        writer.WriteString("kind", kind);
        writer.WritePropertyName(field);
        JsonSerializer.Serialize(writer, figure, type, options);
        writer.WriteEndObject();
    }

    private static T Field<T>(JsonElement root, string name, JsonSerializerOptions options) =>
        root.TryGetProperty(name, out var field)
            ? field.Deserialize<T>(options) ?? throw new JsonException($"\"{name}\" must not be null.")
            : throw new JsonException($"An explained value of this kind needs \"{name}\".");
}
