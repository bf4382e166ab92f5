using CareLedger.Application.Documents;
using CareLedger.Data.Decisions;
using CareLedger.Data.Outcomes;
using CareLedger.Domain;
using CareLedger.Domain.Settlement;
using CareLedger.Reports.Model;
using CareLedger.Reports.Tables;

namespace CareLedger.Reports.Documents;

/// <summary>
/// The pack an alliance board takes to its meeting for one settled period: the year's budget and allocation, a
/// summary of the period's statements (what each party is due, by element), the outcomes framework's latest results
/// and the risk/reward register, each chart with its table of the same figures. Every figure comes from the stored
/// run or the documents the pages show, never worked out again here.
/// </summary>
public static class BoardPack
{
    public static Report Of(SettledRun settled, BudgetYearDocument? year, OutcomeReport? outcomes, IReadOnlyList<RegisterItem>? register)
    {
        ArgumentNullException.ThrowIfNull(settled);
        var settlement = settled.Settlement;
        List<ReportBlock> blocks = [new ReportParagraph($"{settled.RunLine}.{(settlement.Provisional ? " Provisional: made before every actual was in." : string.Empty)}")];

        if (year is not null)
        {
            blocks.Add(new ReportHeadingBlock($"The budget for {year.Year}"));
            blocks.Add(BudgetTables.StepsChart(year));
            blocks.Add(BudgetTables.Steps(year));
            blocks.Add(BudgetTables.ContractValuesChart(year));
            blocks.Add(BudgetTables.ContractValues(year));
            blocks.Add(BudgetTables.Allocation(year));
        }

        blocks.Add(new ReportHeadingBlock($"Statements for {settlement.Period}"));
        blocks.Add(SettlementTables.TotalsChart(settlement));
        blocks.Add(SettlementTables.Totals(settlement));
        blocks.Add(ElementSummary(settlement));
        blocks.Add(new ReportParagraph(settlement.AllChecksPassed
            ? "Every reconciliation check of the settlement passed."
            : "Some reconciliation checks of the settlement did not pass: see the period's settlement in CareLedger before relying on these figures."));

        if (outcomes is { Frameworks.Count: > 0 })
        {
            blocks.Add(new ReportHeadingBlock("Outcomes"));
            blocks.Add(new ReportParagraph($"Each indicator's weight is its share of the whole outcome payment; results as imported, contract version {outcomes.ContractVersion}."));
            blocks.Add(OutcomeTables.Indicators(outcomes));
        }

        if (register is { Count: > 0 })
        {
            blocks.Add(new ReportHeadingBlock("Risk/reward register"));
            blocks.Add(RegisterTables.Register(register));
        }

        return new Report(new ReportHeading("Board pack", settled.Contract.Name, settled.Run.ContractVersion, settlement.Period), blocks);
    }

    /// <summary>Each party's statement summed by element, with its total due: the statements on one page.</summary>
    private static ReportTable ElementSummary(SettlementDocument settlement)
    {
        var rows = new List<ReportRow>();
        foreach (var statement in settlement.Statements)
        {
            rows.AddRange(statement.Lines
                .GroupBy(line => line.Element)
                .Select(group => new ReportRow([ReportCell.Of(statement.Name), ReportCell.Of(group.Key.ToSpecName()), ReportCell.Of(Money.Sum(group.Select(line => line.Amount), settlement.Currency))])));
            rows.Add(new ReportRow([ReportCell.Of(statement.Name), ReportCell.Of("Total due with this statement"), ReportCell.Of(statement.Total)], IsTotal: true));
        }

        return new ReportTable("statement summary", $"Each party's statement by element, {settlement.Period}", ["Party", "Element", "Amount"], rows);
    }
}
