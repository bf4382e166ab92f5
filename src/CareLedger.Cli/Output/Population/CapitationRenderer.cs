using System.Globalization;
using CareLedger.Analytics.Capitation;
using CareLedger.Application.Csv;

namespace CareLedger.Cli.Output.Population;

/// <summary>A place's capitation as a table (ratios to 4 places for reading), JSON (exact decimals) or CSV (<see cref="CapitationRows"/>).</summary>
internal static class CapitationRenderer
{
    public static void Write(PlaceCapitation result, CapitationComponent component, OutputFormat format, bool byPractice, TextWriter output)
    {
        switch (format)
        {
            case OutputFormat.Json:
                JsonDocumentWriter.Write(CapitationDocument.Of(result, component), output);
                break;
            case OutputFormat.Csv:
                var csv = new CsvWriter(output);
                foreach (var row in byPractice ? CapitationRows.Practices(result, component) : CapitationRows.Components(result))
                {
                    csv.WriteRow(row);
                }

                break;
            default:
                Table(result, component, byPractice, output);
                break;
        }
    }

    private static void Table(PlaceCapitation result, CapitationComponent component, bool byPractice, TextWriter output)
    {
        output.WriteLine($"{Capitalised(result.Place.Describe())}: {Count(result.Totals.Practices)} practices, {Heads(result.Totals.Registered)} registered, from {result.FileName}.");
        output.WriteLine($"Compared with ICB {string.Join(" + ", result.Icbs.Select(icb => $"{icb.Code} ({icb.Name})"))}: {Count(result.Icb.Practices)} practices, {Heads(result.Icb.Registered)} registered; England {Heads(result.England.Registered)}.");
        output.WriteLine();
        var table = byPractice
            ? new TextTable(TableColumn.Left("practice"), TableColumn.Left("name", 36), TableColumn.Right("row"), TableColumn.Right("registered"), TableColumn.Right("weighted"), TableColumn.Right("per head"), TableColumn.Right("fair share"))
            : new TextTable(TableColumn.Left("component"), TableColumn.Right("weighted"), TableColumn.Right("per head"), TableColumn.Right("index vs ICB"), TableColumn.Right("index vs England"));
        if (byPractice)
        {
            var shares = result.FairShare?.PracticeShares.ToDictionary(share => share.Practice.Code, share => share.Share.Amount, StringComparer.Ordinal);
            foreach (var practice in result.Practices)
            {
                table.AddRow(practice.Code, practice.Name, Count(practice.Row), Heads(practice.Registered), Heads(practice.WeightedFor(component)),
                    Ratio(practice.Registered == 0m ? 0m : practice.WeightedFor(component) / practice.Registered),
                    shares is not null && shares.TryGetValue(practice.Code, out var share) ? Pounds(share) : "—");
            }
        }
        else
        {
            foreach (var line in result.Lines)
            {
                table.AddRow(line.Component.Name, Heads(line.Weighted), Ratio(line.PerHead), Ratio(line.IndexVsIcb), Ratio(line.IndexVsEngland));
            }
        }

        table.Write(output);
        output.WriteLine("Heads are the file's figures summed and shown to whole heads; need index = the place's weighted heads per registered head ÷ the reference's.");
        if (result.FairShare is { } fair)
        {
            output.WriteLine();
            output.WriteLine($"Fair share of the ICB budget {Pounds(fair.IcbBudget.Amount)} by {fair.Component.Name.ToLowerInvariant()} weighted population: {Pounds(fair.Target.Amount)}");
            output.WriteLine("  (the budget split over every practice of the ICB to the penny, largest remainder; the place's practices' shares summed).");
            if (fair.Current is { } current)
            {
                var distance = fair.Distance!.Value;
                output.WriteLine($"Current budget {Pounds(current.Amount)}: {Pounds(Math.Abs(distance.Amount))} {(distance.IsNegative ? "below" : "above")} target, a distance from target of {fair.DistancePercent?.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture)}%.");
            }
        }
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Heads(decimal heads) => decimal.Round(heads, 0, MidpointRounding.AwayFromZero).ToString("#,##0", CultureInfo.InvariantCulture);

    private static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A ratio to four decimal places for reading (display rounding, half away from zero).</summary>
    private static string Ratio(decimal ratio) => decimal.Round(ratio, 4, MidpointRounding.AwayFromZero).ToString("0.0000", CultureInfo.InvariantCulture);

    private static string Pounds(decimal amount) => "£" + amount.ToString("#,##0.00", CultureInfo.InvariantCulture);
}
