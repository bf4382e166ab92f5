using CareLedger.Application.Csv;
using CareLedger.Domain;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Settlement;

namespace CareLedger.Cli.Output.Settlement;

/// <summary>Statements for spreadsheets: one row per statement line, each saying whether the settlement is provisional.</summary>
internal static class SettlementCsvRenderer
{
    public static void Write(PeriodSettlement settlement, TextWriter output, Id<Party>? onlyParty = null)
    {
        var csv = new CsvWriter(output);
        csv.WriteRow("period", "party", "party_name", "element", "on_account", "counterparty", "amount", "reason", "provisional");
        foreach (var statement in settlement.Statements.Where(statement => onlyParty is null || statement.Party.Id == onlyParty))
        {
            foreach (var line in statement.Lines)
            {
                csv.WriteRow(
                    settlement.Period.Label,
                    statement.Party.Id.Value,
                    statement.Party.Name,
                    line.Element.ToSpecName(),
                    line.OnAccount ? "yes" : "no",
                    line.Counterparty.Value,
                    AmountText.Plain(line.Amount),
                    line.Reason,
                    settlement.Provisional ? "yes" : "no");
            }
        }
    }
}
