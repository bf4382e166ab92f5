using CareLedger.Domain;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Settlement;

namespace CareLedger.Cli.Output.Settlement;

/// <summary>Statements for programs: amounts as strings with two decimals, element names as in the docs.</summary>
internal static class SettlementJsonRenderer
{
    public static void Write(PeriodSettlement settlement, TextWriter output, Id<Party>? onlyParty = null) => JsonOutput.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteString("contract", settlement.Contract.Id.Value);
        json.WriteString("period", settlement.Period.Label);
        json.WriteString("currency", settlement.Contract.Currency.Code);
        json.WriteStartArray("statements");
        foreach (var statement in settlement.Statements.Where(statement => onlyParty is null || statement.Party.Id == onlyParty))
        {
            json.WriteStartObject();
            json.WriteString("party", statement.Party.Id.Value);
            json.WriteString("name", statement.Party.Name);
            json.WriteStartArray("lines");
            foreach (var line in statement.Lines)
            {
                json.WriteStartObject();
                json.WriteString("element", line.Element.ToSpecName());
                json.WriteString("amount", AmountText.Plain(line.Amount));
                json.WriteString("counterparty", line.Counterparty.Value);
                json.WriteBoolean("on_account", line.OnAccount);
                json.WriteString("reason", line.Reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("entitlement", AmountText.Plain(settlement.EntitlementOf(statement.Party.Id)));
            json.WriteString("total", AmountText.Plain(statement.Total));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("commissioner_outflow", AmountText.Plain(settlement.CommissionerOutflow));
        json.WriteString("commissioner_outflow_for_period", AmountText.Plain(settlement.CommissionerOutflowForPeriod));
        json.WriteStartArray("checks");
        foreach (var check in settlement.Checks)
        {
            json.WriteStartObject();
            json.WriteString("name", check.Name);
            json.WriteBoolean("passed", check.Passed);
            json.WriteString("detail", check.Detail);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("notes");
        foreach (var note in settlement.Notes)
        {
            json.WriteStartObject();
            json.WriteString("message", note.Message);
            json.WriteString("source", note.Source?.ToString());
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });
}
