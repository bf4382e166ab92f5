using System.Globalization;
using CareLedger.Application.Csv;
using CareLedger.Simulation.Viability;

namespace CareLedger.Cli.Output.Viability;

/// <summary>
/// A viability assessment for spreadsheets: one estimate per row. Columns: bidder, year (a contract year, <c>term</c>,
/// a level such as <c>90%</c> for a sustainable value, or a contract value the search simulated, in pounds), figure
/// (<c>unfunded</c>, <c>surplus-mean</c>, <c>surplus-p5</c>, <c>surplus-p50</c>, <c>surplus-p95</c>, <c>deficit</c>,
/// <c>expected-shortfall</c>, <c>worst-year</c>; <c>sustainable-value</c>, <c>bid-discount</c>, <c>achieved</c>;
/// <c>in-surplus</c> at a value searched), value, standard_error, runs, seed. Money in pounds to the penny;
/// probabilities and discounts as fractions. Written by <see cref="CsvWriter"/>, which writes a cell that could be read
/// as a formula as text.
/// </summary>
internal static class ViabilityCsvRenderer
{
    private static readonly string?[] Header = ["bidder", "year", "figure", "value", "standard_error", "runs", "seed"];

    public static void Write(ViabilityResult result, TextWriter output)
    {
        var csv = new CsvWriter(output);
        foreach (var row in Rows(result))
        {
            csv.WriteRow(row);
        }
    }

    /// <summary>The table's rows, the header first: the CSV's and the workbook's.</summary>
    public static IReadOnlyList<string?[]> Rows(ViabilityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var runs = Invariant(result.Runs);
        var seed = Invariant(result.Seed);
        var rows = new List<string?[]> { Header };
        void Row(string year, string figure, string? value, string? error) => rows.Add([result.Bidder, year, figure, value, error, runs, seed]);
        foreach (var year in result.Years.Append(result.Term))
        {
            Row(year.Year, "unfunded", AmountText.Plain(year.Unfunded), null);
            Row(year.Year, "surplus-mean", Pounds(year.MeanSurplus.Value), Pounds(year.MeanSurplus.StandardError));
            Row(year.Year, "surplus-p5", Pounds(year.P5Surplus.Value), Pounds(year.P5Surplus.StandardError));
            Row(year.Year, "surplus-p50", Pounds(year.P50Surplus.Value), Pounds(year.P50Surplus.StandardError));
            Row(year.Year, "surplus-p95", Pounds(year.P95Surplus.Value), Pounds(year.P95Surplus.StandardError));
            Row(year.Year, "deficit", Invariant(year.Deficit.Value), Invariant(year.Deficit.StandardError));
            Row(year.Year, "expected-shortfall", Pounds(year.ExpectedShortfall.Value), Pounds(year.ExpectedShortfall.StandardError));
        }

        Row(result.WorstYear, "worst-year", null, null);
        foreach (var level in result.Sustainable)
        {
            var label = Invariant(level.Level * 100) + "%";
            Row(label, "sustainable-value", Pounds(level.Value?.Value), Pounds(level.Value?.StandardError));
            Row(label, "bid-discount", level.Discount is { } discount ? Invariant(discount) : null, level.DiscountStandardError is { } error ? Invariant(error) : null);
            Row(label, "achieved", level.Achieved is { } achieved ? Invariant(achieved.Value) : null, level.Achieved is { } measured ? Invariant(measured.StandardError) : null);
        }

        foreach (var searched in result.Searched)
        {
            Row(AmountText.Plain(searched.Value), "in-surplus", Invariant(searched.Surplus.Value), Invariant(searched.Surplus.StandardError));
        }

        return rows;
    }

    private static string? Pounds(decimal? value) => value?.ToString("F2", CultureInfo.InvariantCulture);

    private static string Invariant(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);
}
