using CareLedger.Domain.Contracts;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Settlement.Completeness;

namespace CareLedger.Domain.Settlement;

/// <summary>
/// The settlement of one period: a statement per party, the reconciliation checks and the notes a reader must see.
/// For a year, each statement holds the year's entitlement lines and, marked on account, the negation of what the
/// in-year statements already paid; its total is the balance due at year end.
/// </summary>
/// <remarks>
/// A settlement is made whatever the actuals hold; <see cref="Missing"/> lists what the period needed of them and
/// did not find. Whoever settles decides what that means: the application refuses to settle such a period unless
/// asked for a provisional settlement, which it marks <see cref="Provisional"/>.
/// </remarks>
public sealed record PeriodSettlement(
    Contract Contract,
    ContractPeriod Period,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<ReconciliationCheck> Checks,
    IReadOnlyList<SettlementNote> Notes)
{
    public Statement StatementFor(Id<Parties.Party> party) =>
        Statements.FirstOrDefault(statement => statement.Party.Id == party)
        ?? throw new KeyNotFoundException($"No statement for '{party}' in {Period.Label}.");

    /// <summary>What the commissioners and other funders pay out, net, with this settlement (for a year: at year end).</summary>
    public Money CommissionerOutflow => -Money.Sum(
        Statements.Where(statement => statement.Party.Commissions || statement.Party.Has(Parties.PartyRole.Funder)).Select(statement => statement.Total),
        Contract.Currency);

    /// <summary>What the commissioners and funders pay out, net, for the whole period: before deducting in-year payments on account.</summary>
    public Money CommissionerOutflowForPeriod => -Money.Sum(
        Statements.Where(statement => statement.Party.Commissions || statement.Party.Has(Parties.PartyRole.Funder))
            .SelectMany(statement => statement.Lines.Where(line => !line.OnAccount))
            .Select(line => line.Amount),
        Contract.Currency);

    /// <summary>What a party is due for the whole period, before deducting in-year payments on account.</summary>
    public Money EntitlementOf(Id<Parties.Party> party) =>
        Money.Sum(StatementFor(party).Lines.Where(line => !line.OnAccount).Select(line => line.Amount), Contract.Currency);

    public bool AllChecksPassed => Checks.All(check => check.Passed);

    /// <summary>What the period needed from the actuals and did not find; empty when they are complete.</summary>
    public IReadOnlyList<MissingActual> Missing { get; init; } = [];

    /// <summary>Settled as asked although the actuals may be incomplete: every figure may change when they are.</summary>
    public bool Provisional { get; init; }

    public bool ActualsComplete => Missing.Count == 0;
}
