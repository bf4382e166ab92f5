using CareLedger.Application.Json;

namespace CareLedger.Cli.Output;

/// <summary>
/// <c>--format json</c>: the document in CareLedger's one JSON form (<see cref="CareLedgerJson"/>, docs/json.md),
/// exactly what the HTTP API returns, followed by a line end.
/// </summary>
internal static class JsonDocumentWriter
{
    public static void Write<T>(T document, TextWriter output) =>
        output.WriteLine(CareLedgerJson.Write(document));
}
