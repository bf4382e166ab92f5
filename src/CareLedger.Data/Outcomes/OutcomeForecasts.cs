using CareLedger.Application;
using CareLedger.Application.Budgets;
using CareLedger.Application.Settlement;
using CareLedger.Data.Contracts;
using CareLedger.Data.Decisions;
using CareLedger.Data.Imports;
using CareLedger.Data.Storage;
using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Settlement;

namespace CareLedger.Data.Outcomes;

/// <summary>
/// The effect of the outcomes on payment: the outcome element as it would be if the year were settled today, on the
/// actuals and board decisions in the ledger now. The settlement engine settles the year (provisionally: results not
/// yet reported score 0%, as they would at year end) and each provider's outcome lines are read from its statement,
/// so the figures are the engine's own, never a second formula. Nothing is stored.
/// </summary>
public sealed class OutcomeForecasts(LedgerDatabase database, ContractVersions contracts, IStoredActuals stored, IDecisionInputs decisions, SettlementService? settlement = null)
{
    private readonly SettlementService _settlement = settlement ?? new SettlementService();

    /// <summary>
    /// The forecast for the year of the latest indicator result (the first year when none is reported yet); null when
    /// the contract pays no outcome element, and a failed result when its actuals or the settlement do not check.
    /// </summary>
    public async Task<ServiceResult<OutcomeForecast>> ForecastAsync(string contractId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await database.BeginReadAsync(cancellationToken).ConfigureAwait(false);
        var opened = await contracts.OpenAsync(transaction, contractId, version: null, cancellationToken).ConfigureAwait(false);
        if (opened.Value is not { } version)
        {
            return opened.FailedAs<OutcomeForecast>();
        }

        var decided = await decisions.LoadAsync(transaction, version, cancellationToken).ConfigureAwait(false);
        var contract = decided.Contract;
        if (contract.Payment.Outcome is not { } terms)
        {
            return ServiceResult<OutcomeForecast>.Rejected(new RequestProblem("contract", $"contract '{contractId}' pays no outcome element."));
        }

        var snapshot = await stored.LoadAsync(transaction, contract, contractId, cancellationToken).ConfigureAwait(false);
        if (snapshot.Value is not { } actuals)
        {
            return snapshot.FailedAs<OutcomeForecast>();
        }

        var year = YearOf(contract, actuals.Actuals.Indicators.Select(result => result.Period));
        var settled = _settlement.Settle(contract, decided.Apply(actuals.Actuals), year.Label, provisional: true, actuals.Files);
        if (settled.Value is not { } result)
        {
            return settled.FailedAs<OutcomeForecast>();
        }

        var allocation = new BudgetService().Compute(contract, year.Label).Value!.Years[0].Allocation;
        var providers = allocation.Providers
            .Where(provider => !provider.Outcome.Amount.IsZero)
            .Select(provider => ProviderOf(result, provider.Payee.Id, provider.Payee.Name, provider.Outcome.Amount))
            .ToArray();
        var missing = result.Missing.Where(gap => gap.Section == "indicators").Select(gap => gap.Expected).ToArray();
        return ServiceResult<OutcomeForecast>.Success(new OutcomeForecast(year.Label, contract.Currency, terms.Aggregation, terms.Threshold, providers, missing));
    }

    /// <summary>The year a reader is asking about: that of the latest result reported, or the contract's first.</summary>
    private static ContractYear YearOf(Contract contract, IEnumerable<ContractPeriod> reported) =>
        reported.Select(period => period.Year).MaxBy(year => year.Number) ?? contract.Term.Calendar.Years[0];

    // The year's own outcome lines: a year-end statement also holds, on account, what in-year statements paid.
    private static ProviderForecast ProviderOf(PeriodSettlement settlement, Id<Domain.Parties.Party> party, string name, Money pot)
    {
        var lines = (settlement.Statements.FirstOrDefault(statement => statement.Party.Id == party)?.Lines ?? []).Where(line => line.Element == StatementElement.Outcome && !line.OnAccount).ToArray();
        var paid = Money.Sum(lines.Select(line => line.Amount), pot.Currency);
        return new ProviderForecast(party.Value, name, pot, paid, ReasonOf(lines.Select(line => line.Reason).Distinct(StringComparer.Ordinal).ToArray()));
    }

    // A pot paid by several commissioners is a line from each, whose reasons differ only in the commissioner's share
    // at the end ("… — paid in full — Newark and Sherwood CCG's 34% share of £744,000.00"): the reason is said once.
    private static string ReasonOf(string[] reasons)
    {
        if (reasons.Length <= 1)
        {
            return reasons.Length == 0 ? string.Empty : reasons[0];
        }

        var cut = reasons[0].LastIndexOf(" — ", StringComparison.Ordinal);
        var common = cut > 0 ? reasons[0][..cut] : string.Empty;
        return common.Length > 0 && reasons.All(reason => reason.StartsWith(common + " — ", StringComparison.Ordinal))
            ? common + ", shared between its commissioners"
            : string.Join("; ", reasons);
    }
}
