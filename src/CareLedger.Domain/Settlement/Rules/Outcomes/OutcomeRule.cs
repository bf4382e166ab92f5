using CareLedger.Domain.Contracts;
using CareLedger.Domain.Explaining;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Settlement.Completeness;

namespace CareLedger.Domain.Settlement.Rules.Outcomes;

/// <summary>
/// The outcome element, settled at year end: each provider's outcome pot is paid on the year's outcomes framework.
/// </summary>
/// <remarks>
/// <para>For every provider whose outcome pot (<c>ProviderAllocation.Outcome.Amount</c>) is not zero, using the
/// framework <c>Payment.Outcome.Framework.For(year)</c>:</para>
/// <list type="number">
/// <item>Each indicator is scored from its result (<see cref="IndicatorScorer"/>): the quarter's result when the
/// phase sets the at-risk share by quarter and one was reported, else the year's. A missing result scores 0% and
/// is noted; of two results for one indicator and period the last is used and noted.</item>
/// <item>The weighted score is Σ(weight × score) ÷ Σ(weights) (<see cref="WeightedScore"/>): weights are relative to
/// the framework's indicator total, which is noted when it is not 100%.</item>
/// <item>Each quarter of the provider's exposure pays its part not at risk (pot − at risk) in full and its at-risk
/// part × the payout (<see cref="IOutcomePayout"/>: all-or-nothing, proportional or per indicator), rounded to the
/// penny once per quarter with the contract's tie rule (per indicator: once per slice). A phase that is measured,
/// not applied pays the whole pot; the score is still computed and reported.</item>
/// <item>Paid = Σ quarters, recorded as one line from the commissioners (the pool's host) to the provider, with a
/// one-line reason and an explanation. A provider paid nothing gets a line for the record that moves no money, so
/// its statement still says why.</item>
/// </list>
/// <para>Results carry no provider: the alliance is scored once and every provider is judged on the same scores.</para>
/// </remarks>
public sealed class OutcomeRule : ISettlementRule, IExpectsActuals
{
    public bool AppliesTo(SettlementContext context) => context.IsYearEnd;

    /// <summary>
    /// When any provider has an outcome pot this year, every indicator of the year's framework has a result: for the
    /// year, or, when the phase scores quarter by quarter, for the year or for each quarter. A year measured, not applied
    /// is still measured, so it needs them too.
    /// </summary>
    public IEnumerable<MissingActual> Missing(SettlementContext context)
    {
        if (context.Contract.Payment.Outcome is not { } terms
            || !context.Allocation.Providers.Any(provider => !provider.Outcome.Amount.IsZero && provider.Exposure is not null))
        {
            yield break;
        }

        var framework = FrameworkFor(context.Contract, terms, context.Year);
        var year = context.Year.AsPeriod();
        var byQuarter = terms.Phasing.For(context.Year).AtRiskByQuarter.Count > 1;
        var reported = context.Actuals.Indicators.Select(result => (result.Indicator, result.Period)).ToHashSet();
        var neededFor = $"the outcome element on framework '{framework.Id}'";
        foreach (var indicator in framework.Indicators.Where(indicator => !reported.Contains((indicator.Id, year))))
        {
            if (!byQuarter)
            {
                yield return new MissingActual("indicators", $"result for indicator '{indicator.Id}' ({indicator.Name})", [year], neededFor, indicator.Source ?? framework.Source);
                continue;
            }

            var quarters = context.Year.Quarters().Where(quarter => !reported.Contains((indicator.Id, quarter))).ToArray();
            if (quarters.Length > 0)
            {
                yield return new MissingActual("indicators", $"result for indicator '{indicator.Id}' ({indicator.Name})", quarters, $"{neededFor}, scored quarter by quarter on each quarter's result or else the year's,", indicator.Source ?? framework.Source);
            }
        }
    }

    public void Settle(SettlementContext context)
    {
        if (context.Contract.Payment.Outcome is not { } terms)
        {
            return;
        }

        var providers = context.Allocation.Providers
            .Where(provider => !provider.Outcome.Amount.IsZero && provider.Exposure is not null)
            .ToArray();
        if (providers.Length == 0)
        {
            return;
        }

        var framework = FrameworkFor(context.Contract, terms, context.Year);
        var scores = OutcomeScores.Build(framework, context.Year, terms.Phasing.For(context.Year), context.Actuals.Indicators, context.Note);
        var payout = IOutcomePayout.For(terms);
        var rounding = context.Rounding;
        var scoring = new Lazy<ScoringExplanation>(() => ScoringExplanation.Of(scores), LazyThreadSafetyMode.None);
        foreach (var provider in providers)
        {
            var outcome = ProviderOutcome.Settle(provider, provider.Exposure!, terms, scores, payout, rounding);
            var reason = OutcomeReason.For(outcome);
            Explanation Explain() => OutcomeExplanation.For(outcome, rounding, scoring.Value);
            if (outcome.Paid.IsZero)
            {
                context.Record(provider.Payee.Id, context.Host, StatementElement.Outcome, reason, Explain);
            }
            else
            {
                context.PayFromCommissioners(provider.Payee.Id, StatementElement.Outcome, outcome.Paid, reason, Explain);
            }
        }
    }

    /// <summary>The year's framework. A contract naming a framework it does not define fails validation (CL103), so this is a caller bug.</summary>
    private static OutcomesFramework FrameworkFor(Contract contract, OutcomeElementTerms terms, ContractYear year)
    {
        var id = terms.Framework.For(year);
        return contract.Frameworks.FirstOrDefault(framework => framework.Id == id)
            ?? throw new InvalidOperationException(
                $"Contract '{contract.Id}' pays its outcome element in {year.Label} on framework '{id}', which it does not define; validate the contract before settling it.");
    }
}
