using CareLedger.Domain;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Settlement;

namespace CareLedger.Cli.Output.Settlement;

/// <summary>Statements for people: one per party, every line with its element, amount and reason; then the checks and notes.</summary>
internal static class SettlementTableRenderer
{
    /// <summary>
    /// The most characters of a note shown here. A note can quote text from the actuals (a suspension's reason) of any
    /// length; JSON, CSV and <c>explain</c> carry it whole.
    /// </summary>
    private const int MaxNoteLength = TextTable.MaxLines * 100;

    public static void Write(PeriodSettlement settlement, TextWriter output, bool useColour, Id<Party>? onlyParty = null)
    {
        var contract = settlement.Contract;
        var period = settlement.Period;
        output.WriteLine($"{contract.Name} ({contract.Id})");
        output.WriteLine(period.Kind == PeriodKind.Year
            ? $"Settlement for {period.Label}, year end: the year's amounts, less what the in-year statements paid on account."
            : $"Statement for {period.Label}.");
        WriteProvisional(settlement, output);
        foreach (var statement in settlement.Statements.Where(statement => onlyParty is null || statement.Party.Id == onlyParty))
        {
            output.WriteLine();
            WriteStatement(settlement, statement, output, useColour);
        }

        output.WriteLine();
        output.WriteLine(period.Kind == PeriodKind.Year
            ? $"Paid out by the commissioners and funders, net: {AmountText.Display(settlement.CommissionerOutflowForPeriod)} for the year, of which {AmountText.Display(settlement.CommissionerOutflow)} at year end"
            : $"Paid out by the commissioners and funders, net: {AmountText.Display(settlement.CommissionerOutflow)}");
        output.WriteLine();
        WriteChecks(settlement, output);
        WriteNotes(settlement, output);
    }

    /// <summary>For a provisional settlement: that it is, and what the actuals were missing for the period.</summary>
    public static void WriteProvisional(PeriodSettlement settlement, TextWriter output)
    {
        if (!settlement.Provisional)
        {
            return;
        }

        output.WriteLine(settlement.ActualsComplete
            ? "PROVISIONAL, as asked: the actuals hold everything the period needs, but these figures are not final."
            : $"PROVISIONAL: the actuals are incomplete for {settlement.Period.Label}, so these figures will change when what is missing is reported:");
        foreach (var missing in settlement.Missing)
        {
            output.WriteLine($"  - {missing.Message}{(missing.NeededBy is null ? string.Empty : $" ({missing.NeededBy})")}");
        }
    }

    public static void WriteChecks(PeriodSettlement settlement, TextWriter output)
    {
        output.WriteLine("Reconciliation checks:");
        foreach (var check in settlement.Checks)
        {
            output.WriteLine($"  [{(check.Passed ? "ok" : "FAILED")}] {check.Name}: {check.Detail}");
        }
    }

    private static void WriteNotes(PeriodSettlement settlement, TextWriter output)
    {
        if (settlement.Notes.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("Notes:");
        foreach (var note in settlement.Notes)
        {
            output.WriteLine($"  - {TextTable.OneLine(note.Message, MaxNoteLength)}{(note.Source is null ? string.Empty : $" ({note.Source})")}");
        }
    }

    public static void WriteStatement(PeriodSettlement settlement, Statement statement, TextWriter output, bool useColour)
    {
        // Escaped here rather than only by the console's writer, so that the underline is as long as what is shown.
        var title = TerminalText.Escape($"Statement: {statement.Party.Name} ({statement.Party.Id}), {statement.Period.Label}{(settlement.Provisional ? ", PROVISIONAL" : string.Empty)}");
        output.WriteLine(title);
        output.WriteLine(new string('-', title.Length));
        if (statement.Period.Kind == PeriodKind.Year)
        {
            WriteYearSummary(settlement, statement, output, useColour);
            output.WriteLine();
        }

        var table = new TextTable(TableColumn.Left("Element"), TableColumn.Right("Amount"), TableColumn.Left("With"), TableColumn.Left("Reason", 90));
        foreach (var line in statement.Lines.Where(line => !line.OnAccount))
        {
            table.AddRow(line.Element.ToSpecName(), AmountText.Display(line.Amount), line.Counterparty.Value, line.Reason);
        }

        table.Write(output, useColour);
        output.WriteLine(statement.Period.Kind == PeriodKind.Year
            ? $"Due at year end: {AmountText.Display(statement.Total)}"
            : $"Total: {AmountText.Display(statement.Total)}");
    }

    /// <summary>For a year: per element, what the year comes to, what the in-year statements paid, and what is left.</summary>
    private static void WriteYearSummary(PeriodSettlement settlement, Statement statement, TextWriter output, bool useColour)
    {
        var currency = settlement.Contract.Currency;
        var table = new TextTable(TableColumn.Left("Element"), TableColumn.Right("For the year"), TableColumn.Right("Paid on account"), TableColumn.Right("Due at year end"));
        foreach (var element in statement.Lines.Select(line => line.Element).Distinct())
        {
            var lines = statement.Lines.Where(line => line.Element == element).ToArray();
            var year = Money.Sum(lines.Where(line => !line.OnAccount).Select(line => line.Amount), currency);
            var onAccount = Money.Sum(lines.Where(line => line.OnAccount).Select(line => line.Amount), currency).Negate();
            table.AddRow(element.ToSpecName(), AmountText.Display(year), AmountText.Display(onAccount), AmountText.Display(year - onAccount));
        }

        var entitlement = settlement.EntitlementOf(statement.Party.Id);
        table.AddRow("Total", AmountText.Display(entitlement), AmountText.Display(entitlement - statement.Total), AmountText.Display(statement.Total));
        table.Write(output, useColour);
    }

    public static string NameOf(PeriodSettlement settlement, Id<Party> party) =>
        settlement.Contract.Parties.FirstOrDefault(candidate => candidate.Id == party)?.Name ?? party.Value;
}
