using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using CareLedger.Domain;

namespace CareLedger.Application.Json;

/// <summary>
/// The one JSON form of CareLedger's results (docs/json.md): what <c>--format json</c> prints and what the HTTP API
/// returns. snake_case names as in contract files; amounts, rates, shares and exact numbers as strings; ids by
/// their slug; elements by their spec name; indented with <c>\n</c> line ends.
/// </summary>
/// <remarks>
/// Escaping is relaxed so that "£" and "—" appear as themselves: the JSON is a document for files, pipes and API
/// clients, never pasted into HTML, which is the case the strict encoder exists for.
/// </remarks>
public static class CareLedgerJson
{
    private static readonly ConcurrentDictionary<Currency, JsonSerializerOptions> OptionsByCurrency = new();

    /// <summary>The options for documents in <paramref name="currency"/> (amounts read back in it).</summary>
    public static JsonSerializerOptions OptionsFor(Currency currency) => OptionsByCurrency.GetOrAdd(currency, Create);

    /// <summary>The document as JSON text, without a final line end; amounts in the currency it states.</summary>
    public static string Write<T>(T document) =>
        JsonSerializer.Serialize(document, OptionsFor(document is ICurrencyDocument money ? money.Currency : Currency.Gbp));

    /// <summary>
    /// Reads a document written by <see cref="Write{T}"/>. A document with amounts (<see cref="ICurrencyDocument"/>)
    /// must state its currency, and its amounts are read in it.
    /// </summary>
    public static T Read<T>(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var currency = typeof(ICurrencyDocument).IsAssignableFrom(typeof(T)) ? CurrencyOf(json) : Currency.Gbp;
        return JsonSerializer.Deserialize<T>(json, OptionsFor(currency))
            ?? throw new JsonException("The document is null.");
    }

    private static Currency CurrencyOf(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("currency", out var code)
            && Currency.TryParse(code.GetString(), out var currency)
            ? currency
            : throw new JsonException("A CareLedger document states its currency at the top: \"currency\": \"GBP\".");
    }

    private static JsonSerializerOptions Create(Currency currency)
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            Converters =
            {
                new MoneyJsonConverter(currency),
                new DecimalJsonConverter(),
                new PercentageJsonConverter(),
                new ShareJsonConverter(),
                new CurrencyJsonConverter(),
                new StatementElementJsonConverter(),
                new System.Text.Json.Serialization.JsonStringEnumConverter<CareLedger.Simulation.PaymentBasis>(JsonNamingPolicy.KebabCaseLower),
                new ExplainedValueJsonConverter(),
                new IdJsonConverterFactory(),
                new ValueListJsonConverterFactory(),
            },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
