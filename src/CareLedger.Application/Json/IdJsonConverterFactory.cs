using System.Text.Json;
using System.Text.Json.Serialization;
using CareLedger.Domain;

namespace CareLedger.Application.Json;

/// <summary>Ids as their slug, <c>"sherwood-forest"</c>; a malformed slug is refused when read.</summary>
public sealed class IdJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Id<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(IdJsonConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

    private sealed class IdJsonConverter<TEntity> : JsonConverter<Id<TEntity>>
    {
        public override Id<TEntity> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && Id<TEntity>.TryCreate(reader.GetString(), out var id)
                ? id
                : throw new JsonException($"An id must be a string of lower-case letters, digits and hyphens; found {reader.TokenType}.");

        public override void Write(Utf8JsonWriter writer, Id<TEntity> value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Value);
    }
}
