using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CareLedger.Cli.Output;

/// <summary>
/// JSON for <c>--format json</c>: indented, <c>\n</c> line ends, snake_case names (as in contract files), culture-free.
/// Amounts are written by callers as strings with the currency's decimals (see <see cref="AmountText.Plain"/>), so
/// no reader turns pounds into binary floating point.
/// </summary>
/// <remarks>
/// Escaping is relaxed so that "£" and "—" appear as themselves; the output is a document for files and pipes,
/// never embedded in HTML, which is the case the strict encoder exists for.
/// </remarks>
public static class JsonOutput
{
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonSerializerOptions SerializerOptions { get; } = CreateSerializerOptions();

    /// <summary>Writes one JSON document built with a <see cref="Utf8JsonWriter"/>, followed by a line end.</summary>
    public static void Write(TextWriter writer, Action<Utf8JsonWriter> build)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            build(json);
        }

        writer.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    /// <summary>Writes <paramref name="value"/> with <see cref="SerializerOptions"/>, followed by a line end.</summary>
    public static void Serialize<T>(TextWriter writer, T value) =>
        writer.WriteLine(JsonSerializer.Serialize(value, SerializerOptions));

    private static JsonSerializerOptions CreateSerializerOptions()
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = null,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
