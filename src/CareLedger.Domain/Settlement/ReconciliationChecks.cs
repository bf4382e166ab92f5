using CareLedger.Domain.Contracts;

namespace CareLedger.Domain.Settlement;

/// <summary>The checks printed with every settlement. Each can fail, and says what it compared.</summary>
internal static class ReconciliationChecks
{
    /// <param name="instalmentsPaidInYear">A year end whose instalments were paid by in-year statements: each must be deducted once.</param>
    public static IEnumerable<ReconciliationCheck> Run(Contract contract, IReadOnlyList<Statement> statements, bool instalmentsPaidInYear)
    {
        var currency = contract.Currency;
        var all = Money.Sum(statements.Select(statement => statement.Total), currency);
        yield return new ReconciliationCheck("Every payment has a payer", all.IsZero, $"all statements together total {all}");

        static bool PaysIn(Statement statement) => statement.Party.Commissions || statement.Party.Has(Parties.PartyRole.Funder);
        var moneyOut = -Money.Sum(statements.Where(PaysIn).Select(statement => statement.Total), currency);
        var received = Money.Sum(statements.Where(statement => !PaysIn(statement)).Select(statement => statement.Total), currency);
        yield return new ReconciliationCheck(
            "Provider statements sum to the money paid out",
            moneyOut == received,
            $"paid out by commissioners and funders {moneyOut}; received by providers {received}");

        var payers = statements.Where(PaysIn).Select(statement => statement.Party.Id).ToHashSet();
        payers.UnionWith(contract.Parties.Where(party => party.Commissions || party.Has(Parties.PartyRole.Funder)).Select(party => party.Id));
        var providerTransfers = Money.Sum(
            statements.Where(statement => !PaysIn(statement))
                .SelectMany(statement => statement.Lines)
                .Where(line => !payers.Contains(line.Counterparty))
                .Select(line => line.Amount),
            currency);
        yield return new ReconciliationCheck("Transfers between providers net to zero", providerTransfers.IsZero, $"net of provider-to-provider lines {providerTransfers}");

        if (instalmentsPaidInYear)
        {
            // Instalments to providers are paid in full in-year, so at year end their entitlement and on-account lines
            // cancel. Funders' contributions to the pool are not instalments: rounded month by month, they are trued
            // up to each funder's exact share of the year, so they are left out here.
            var twice = statements
                .Where(statement => !PaysIn(statement))
                .SelectMany(statement => statement.Lines.Where(line => line.Element is StatementElement.Fixed or StatementElement.ManagementFee))
                .GroupBy(line => (line.Party, line.Counterparty, line.Element))
                .Select(group => (group.Key, Net: Money.Sum(group.Select(line => line.Amount), currency)))
                .Where(item => !item.Net.IsZero)
                .ToArray();
            yield return new ReconciliationCheck(
                "Nothing paid twice across periods",
                twice.Length == 0,
                twice.Length == 0
                    ? "every instalment paid in-year is deducted once at year end"
                    : string.Join("; ", twice.Select(item => $"{item.Key.Party} {item.Key.Element.ToSpecName()} differs by {item.Net}")));
        }
    }
}
