using CareLedger.Application.Documents;
using CareLedger.Reports.Model;
using CareLedger.Reports.Tables;

namespace CareLedger.Reports.Documents;

/// <summary>One party's statement from a stored run, as the period view shows it: each line, why, and the total due.</summary>
public static class StatementReport
{
    public static Report Of(SettledRun settled, StatementDocument statement)
    {
        ArgumentNullException.ThrowIfNull(settled);
        ArgumentNullException.ThrowIfNull(statement);
        var period = settled.Settlement.Period;
        List<ReportBlock> blocks = [new ReportParagraph($"{settled.RunLine}. Amounts are what {statement.Name} receives (+) and pays (-).")];
        if (statement.Provisional)
        {
            blocks.Add(new ReportParagraph("Provisional: this settlement was made before every actual was in; its figures will change when they are."));
        }

        blocks.Add(SettlementTables.Statement(period, statement));
        blocks.Add(new ReportParagraph($"Entitlement for the whole period: {statement.Entitlement}."));
        return new Report(new ReportHeading($"Statement for {statement.Name}", settled.Contract.Name, settled.Run.ContractVersion, period), blocks);
    }
}
