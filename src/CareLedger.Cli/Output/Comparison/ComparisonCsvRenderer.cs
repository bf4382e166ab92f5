using System.Globalization;
using CareLedger.Application.Csv;
using CareLedger.Simulation.Comparison;
using CareLedger.Simulation.Summaries;

namespace CareLedger.Cli.Output.Comparison;

/// <summary>
/// A comparison for spreadsheets, one estimate per row. Columns: model (the contract file, or <c>payment by
/// activity</c>), contract, basis (<c>contract</c> or <c>activity-tariff</c>), party, figure (<c>income-mean</c>,
/// <c>income-p10</c>, <c>income-p90</c>, and where the party has a cost <c>surplus-mean</c>, <c>surplus-p10</c>,
/// <c>surplus-p90</c>, <c>deficit</c>; then <c>spread</c> and <c>risk-share</c>), value, standard_error, runs, seed.
/// Money in pounds to the penny over the term; probabilities and shares as fractions. Written by
/// <see cref="CsvWriter"/>, which writes a cell that could be read as a formula as text.
/// </summary>
internal static class ComparisonCsvRenderer
{
    private static readonly string?[] Header = ["model", "contract", "basis", "party", "figure", "value", "standard_error", "runs", "seed"];

    public static void Write(ComparisonResult result, TextWriter output)
    {
        var csv = new CsvWriter(output);
        foreach (var row in Rows(result))
        {
            csv.WriteRow(row);
        }
    }

    /// <summary>The table's rows, the header first: the CSV's and the workbook's.</summary>
    public static IReadOnlyList<string?[]> Rows(ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var runs = Invariant(result.Runs);
        var seed = Invariant(result.Seed);
        var rows = new List<string?[]> { Header };
        foreach (var model in result.Models)
        {
            var basis = model.Basis == CareLedger.Simulation.PaymentBasis.ActivityTariff ? "activity-tariff" : "contract";
            foreach (var party in model.Parties)
            {
                void Row(string figure, string? value, string? error) => rows.Add([model.Label, model.Contract, basis, party.Party, figure, value, error, runs, seed]);
                void Money(string figure, Estimate estimate) => Row(figure, Pounds(estimate.Value), Pounds(estimate.StandardError));
                Money("income-mean", party.Income.Mean);
                Money("income-p10", party.Income.P10);
                Money("income-p90", party.Income.P90);
                if (party.Surplus is { } surplus)
                {
                    Money("surplus-mean", surplus.Mean);
                    Money("surplus-p10", surplus.P10);
                    Money("surplus-p90", surplus.P90);
                }

                if (party.Deficit is { } deficit)
                {
                    Row("deficit", Invariant(deficit.Value), Invariant(deficit.StandardError));
                }

                Row("spread", Pounds(party.Spread), null);
                Row("risk-share", Invariant(party.RiskShare), null);
            }
        }

        return rows;
    }

    private static string? Pounds(decimal? value) => value?.ToString("F2", CultureInfo.InvariantCulture);

    private static string Invariant(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);
}
