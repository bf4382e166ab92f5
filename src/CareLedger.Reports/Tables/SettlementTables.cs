using CareLedger.Application.Documents;
using CareLedger.Domain.Settlement;
using CareLedger.Reports.Model;

namespace CareLedger.Reports.Tables;

/// <summary>
/// The period view's tables, from a stored run's settlement document exactly as the page reads it: each party's
/// statement (element, why, amount, and the total due), all statements in one table, and the total due to each party.
/// </summary>
public static class SettlementTables
{
    public static ReportTable Statement(string period, StatementDocument statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        List<ReportRow> rows = [.. statement.Lines.Select(line => new ReportRow([ReportCell.Of(ElementText(line)), ReportCell.Of(line.Reason), ReportCell.Of(line.Amount)]))];
        rows.Add(new ReportRow([ReportCell.Of("Total due with this statement"), ReportCell.Of(string.Empty), ReportCell.Of(statement.Total)], IsTotal: true));
        return new ReportTable("statement", $"{statement.Name}'s statement for {period}: each line, and why", ["Element", "Why", "Amount"], rows);
    }

    public static ReportTable Statements(SettlementDocument settlement)
    {
        ArgumentNullException.ThrowIfNull(settlement);
        var rows = new List<ReportRow>();
        foreach (var statement in settlement.Statements)
        {
            rows.AddRange(statement.Lines.Select(line => new ReportRow([ReportCell.Of(statement.Name), ReportCell.Of(ElementText(line)), ReportCell.Of(line.Reason), ReportCell.Of(line.Amount)])));
            rows.Add(new ReportRow([ReportCell.Of(statement.Name), ReportCell.Of("Total due with this statement"), ReportCell.Of(string.Empty), ReportCell.Of(statement.Total)], IsTotal: true));
        }

        return new ReportTable("statements", $"Each party's statement for {settlement.Period}: each line, and why", ["Party", "Element", "Why", "Amount"], rows);
    }

    /// <summary>The figures of the period view's chart: the total due to each party with its statement.</summary>
    public static ReportTable Totals(SettlementDocument settlement)
    {
        ArgumentNullException.ThrowIfNull(settlement);
        return new ReportTable(
            "totals",
            $"Total due to each party, {settlement.Period}",
            ["Party", "Amount"],
            [.. settlement.Statements.Select(statement => new ReportRow([ReportCell.Of(statement.Name), ReportCell.Of(statement.Total)]))]);
    }

    public static ReportChart TotalsChart(SettlementDocument settlement)
    {
        ArgumentNullException.ThrowIfNull(settlement);
        return new ReportChart($"Total due to each party, {settlement.Period}", [.. settlement.Statements.Select(statement => new ReportBar(statement.Name, statement.Total))]);
    }

    // As the period view words it.
    private static string ElementText(StatementLineDocument line) => line.Element.ToSpecName() + (line.OnAccount ? " (on account)" : string.Empty);
}
