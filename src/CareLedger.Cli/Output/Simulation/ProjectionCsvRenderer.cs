using CareLedger.Application.Csv;
using CareLedger.Domain;
using CareLedger.Domain.Settlement;
using CareLedger.Simulation.Results;

namespace CareLedger.Cli.Output.Simulation;

/// <summary>
/// A projection for spreadsheets: one tidy table, one figure per row, so a pivot table can rebuild any view.
/// Columns: party, name, year (a contract year or <c>term</c>), figure (<c>income</c>, <c>cost</c>, <c>surplus</c>, or
/// <c>element:NAME</c> for what the party is due under one element), amount (plain, two decimals, negative for a payer).
/// </summary>
internal static class ProjectionCsvRenderer
{
    public static void Write(ProjectionResult projection, TextWriter output)
    {
        var csv = new CsvWriter(output);
        foreach (var row in Rows(projection))
        {
            csv.WriteRow(row);
        }
    }

    /// <summary>The table's rows, the header first: the CSV's and the workbook's (<see cref="ProjectionWorkbook"/>).</summary>
    public static IReadOnlyList<string?[]> Rows(ProjectionResult projection)
    {
        ArgumentNullException.ThrowIfNull(projection);
        var rows = new List<string?[]>();
        rows.Add(["party", "name", "year", "figure", "amount"]);
        foreach (var party in projection.Parties)
        {
            foreach (var year in party.Years.Append(party.Term))
            {
                void Row(string figure, Money amount) => rows.Add([party.Party, party.Name, year.Year, figure, AmountText.Plain(amount)]);
                foreach (var (element, amount) in year.Elements.OrderBy(pair => pair.Key))
                {
                    Row("element:" + element.ToSpecName(), amount);
                }

                Row("income", year.Income);
                if (year.Cost is { } cost)
                {
                    Row("cost", cost);
                }

                if (year.Surplus is { } surplus)
                {
                    Row("surplus", surplus);
                }
            }
        }

        return rows;
    }
}
