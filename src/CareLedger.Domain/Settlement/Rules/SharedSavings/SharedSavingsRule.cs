using CareLedger.Domain.Actuals;
using CareLedger.Domain.Explaining;
using CareLedger.Domain.Settlement.Completeness;
using CareLedger.Domain.SharedSavings;

namespace CareLedger.Domain.Settlement.Rules.SharedSavings;

/// <summary>
/// Settles shared-savings terms at year end (Medicare Shared Savings Program style): one entity against a
/// benchmark. For each <see cref="SharedSavingsTerms"/> whose years include the year and that has exactly one
/// <see cref="BenchmarkActual"/> for it:
/// <list type="bullet">
/// <item>the benchmark is resolved (<see cref="SavingsBenchmark.Resolve"/>); without one the year is noted and skipped;</item>
/// <item>the quality score comes from the actual: 100% when the terms are not quality-adjusted; 0%, with a note,
/// when they are and the actual has none; held within 0%–100% (with a note) since the final sharing rate may not
/// exceed the maximum;</item>
/// <item>the figures are computed by <see cref="SavingsCalculation"/> (see there for the formulas and the single
/// rounding to the penny);</item>
/// <item>savings: the payer pays the entity; a loss: the entity pays the payer. Where nothing moves (below the
/// minimum rate, a one-sided loss, break-even, or a share that rounds to nothing) a zero line is recorded on both
/// statements so the reader still sees why.</item>
/// </list>
/// </summary>
public sealed class SharedSavingsRule : ISettlementRule, IExpectsActuals
{
    private const string SavingsFormula =
        "savings = benchmark − expenditure; if savings ≥ minimum savings rate × benchmark, payment = min(savings × maximum sharing rate × quality score, savings cap × benchmark) × (1 − withholding), paid by the payer to the entity";

    private const string LossFormula =
        "loss = expenditure − benchmark; if loss ≥ minimum loss rate × benchmark, owed = min(loss × loss rate, loss cap × benchmark), paid by the entity to the payer";

    public bool AppliesTo(SettlementContext context) => context.IsYearEnd;

    /// <summary>Each set of terms covering the year needs the year's expenditure against its benchmark.</summary>
    public IEnumerable<MissingActual> Missing(SettlementContext context) =>
        context.Contract.SharedSavings
            .Where(terms => terms.Years.Includes(context.Year) && !context.Actuals.Benchmarks.Any(actual => actual.Terms == terms.Id && actual.Year.Number == context.Year.Number))
            .Select(terms => new MissingActual("shared_savings", $"expenditure against the benchmark of '{terms.Id}'", [context.Year.AsPeriod()], $"shared savings '{terms.Id}' ({terms.Name})", terms.Source));

    public void Settle(SettlementContext context)
    {
        foreach (var terms in context.Contract.SharedSavings.Where(terms => terms.Years.Includes(context.Year)))
        {
            SettleTerms(context, terms);
        }
    }

    private static void SettleTerms(SettlementContext context, SharedSavingsTerms terms)
    {
        var year = context.Year;
        var rows = context.Actuals.Benchmarks.Where(actual => actual.Terms == terms.Id && actual.Year.Number == year.Number);
        if (SingleActual.Find(context, rows, row => row.Source, $"Shared savings '{terms.Id}'", "expenditure against the benchmark", terms.Source) is not { } actual)
        {
            return;
        }

        if (terms.Loss is { Rule: LossRateRule.Flat, FlatRate: null })
        {
            context.Note($"Shared savings '{terms.Id}' {year}: the loss rate is flat but no flat rate is given; nothing settled.", terms.Loss.Source ?? terms.Source);
            return;
        }

        var (benchmark, problem) = SavingsBenchmark.Resolve(terms, actual, year);
        if (benchmark is null)
        {
            context.Note(problem!, actual.Source ?? terms.Source);
            return;
        }

        var quality = QualityScore(context, terms, actual);
        var calculation = SavingsCalculation.Compute(terms, benchmark.Amount, actual.Expenditure, quality, context.Rounding);
        var reason = Reason(terms, calculation);
        var explain = Explain(context, terms, actual, benchmark, calculation);
        switch (calculation.Outcome)
        {
            case SavingsOutcome.SavingsShared when !calculation.Amount.IsZero:
                context.Transfer(terms.Payer, terms.Entity, StatementElement.SharedSavings, calculation.Amount, reason, explain);
                break;
            case SavingsOutcome.LossShared when !calculation.Amount.IsZero:
                context.Transfer(terms.Entity, terms.Payer, StatementElement.SharedSavings, calculation.Amount, reason, explain);
                break;
            default:
                context.Record(terms.Entity, terms.Payer, StatementElement.SharedSavings, reason, explain);
                context.Record(terms.Payer, terms.Entity, StatementElement.SharedSavings, reason, explain);
                break;
        }
    }

    private static Percentage QualityScore(SettlementContext context, SharedSavingsTerms terms, BenchmarkActual actual)
    {
        if (!terms.QualityAdjusted)
        {
            return Percentage.Hundred;
        }

        if (actual.QualityScore is not { } score)
        {
            context.Note($"Shared savings '{terms.Id}' {context.Year}: the terms are quality-adjusted but the actuals give no quality score; a score of 0% is used.", actual.Source ?? terms.Source);
            return Percentage.Zero;
        }

        if (score < Percentage.Zero || score > Percentage.Hundred)
        {
            var held = score < Percentage.Zero ? Percentage.Zero : Percentage.Hundred;
            context.Note($"Shared savings '{terms.Id}' {context.Year}: quality score {score} is outside 0%–100%; {held} is used.", actual.Source);
            return held;
        }

        return score;
    }

    private static string Reason(SharedSavingsTerms terms, SavingsCalculation c)
    {
        var rate = c.SavingsRateShown;
        var lossRate = -rate;
        return c.Outcome switch
        {
            SavingsOutcome.SavingsShared =>
                $"Shared savings '{terms.Name}': savings {c.Savings} ({rate} of the benchmark {c.Benchmark}) shared at {c.FinalSharingRate}"
                + (c.IsCapped ? $", capped at {c.Cap}" : string.Empty)
                + (terms.Withholding == Percentage.Zero ? string.Empty : $", less {terms.Withholding} withheld"),
            SavingsOutcome.SavingsBelowMinimum =>
                $"Shared savings '{terms.Name}': savings rate {rate} is below the minimum savings rate {c.Minimum}; nothing shared",
            SavingsOutcome.LossShared =>
                $"Shared losses '{terms.Name}': loss {c.Savings.Negate()} ({lossRate} of the benchmark {c.Benchmark}) shared at {c.LossRate}"
                + (c.IsCapped ? $", capped at {c.Cap}" : string.Empty),
            SavingsOutcome.LossBelowMinimum =>
                $"Shared losses '{terms.Name}': loss rate {lossRate} is below the minimum loss rate {c.Minimum}; nothing owed",
            SavingsOutcome.LossNotShared =>
                $"Shared savings '{terms.Name}': a loss of {c.Savings.Negate()} ({lossRate} of the benchmark); the track is one-sided, so losses are not shared",
            _ => $"Shared savings '{terms.Name}': expenditure equals the benchmark {c.Benchmark}; nothing to share",
        };
    }

    private static Func<Explanation> Explain(SettlementContext context, SharedSavingsTerms terms, BenchmarkActual actual, SavingsBenchmark benchmark, SavingsCalculation c) => () =>
    {
        var builder = new ExplanationBuilder("shared-savings", c.IsLossSide ? LossFormula : SavingsFormula)
            .Input("terms", $"{terms.Name} ({terms.Id}), {terms.Entity} settled with {terms.Payer}", terms.Source)
            .Input("benchmark", $"{benchmark.Amount} ({benchmark.Derivation})", benchmark.Source)
            .Input("expenditure", actual.Expenditure, actual.Source)
            .Input("quality score", terms.QualityAdjusted ? (actual.QualityScore?.ToString() ?? "none given: 0% used") : "not quality-adjusted: 100%", terms.QualityAdjusted ? actual.Source : terms.Source)
            .Input("minimum savings rate", terms.MinimumSavingsRate, terms.Source)
            .Input("maximum sharing rate", terms.MaxSharingRate, terms.Source)
            .Input("savings cap", terms.SavingsCap?.ToString() ?? "none", terms.Source)
            .Input("withholding", terms.Withholding, terms.Source);
        if (terms.Loss is { } loss)
        {
            builder
                .Input("minimum loss rate", terms.MinimumLossRate?.ToString() ?? "none", terms.Source)
                .Input("loss rate", loss.Rule == LossRateRule.Flat
                    ? $"flat {loss.FlatRate}"
                    : $"1 − final sharing rate, floor {loss.Floor?.ToString() ?? "none"}, ceiling {loss.Ceiling?.ToString() ?? "none"}", loss.Source ?? terms.Source)
                .Input("loss cap", loss.Cap?.ToString() ?? "none", loss.Source ?? terms.Source);
        }
        else
        {
            builder.Input("losses", "one-sided: not shared", terms.Source);
        }

        builder
            .Step("benchmark", c.Benchmark)
            .Step("savings = benchmark − expenditure", c.Savings)
            .Step("savings rate = savings ÷ benchmark (shown to 6 places of a percent)", c.SavingsRateShown)
            .Step("final sharing rate = maximum sharing rate × quality score", $"{terms.MaxSharingRate} × {c.QualityScore} = {c.FinalSharingRate}");
        switch (c.Outcome)
        {
            case SavingsOutcome.SavingsShared:
                builder
                    .Step("minimum savings rate test: savings ≥ minimum savings rate × benchmark", $"{c.Savings} ≥ {c.Minimum} × {c.Benchmark} = {c.MinimumInMoney}: met, shared from the first pound")
                    .Step("earned = savings × final sharing rate", c.Shared)
                    .Step("savings cap = cap × benchmark", c.Cap is { } cap ? $"{terms.SavingsCap} × {c.Benchmark} = {cap}" : "none")
                    .Step("earned after the cap", c.Held)
                    .Step("payment = earned × (1 − withholding)", $"{c.Held} × (100% − {terms.Withholding}) = {c.Payable}");
                break;
            case SavingsOutcome.SavingsBelowMinimum:
                builder.Step("minimum savings rate test: savings ≥ minimum savings rate × benchmark", $"{c.Savings} < {c.Minimum} × {c.Benchmark} = {c.MinimumInMoney}: not met, nothing shared");
                break;
            case SavingsOutcome.LossShared:
                builder
                    .Step("minimum loss rate test: loss ≥ minimum loss rate × benchmark", $"{c.Savings.Negate()} ≥ {c.Minimum} × {c.Benchmark} = {c.MinimumInMoney}: met, shared from the first pound")
                    .Step("loss rate", c.UnboundedLossRate is { } complement ? $"1 − {c.FinalSharingRate} = {complement}, held within floor and ceiling: {c.LossRate}" : $"flat {c.LossRate}")
                    .Step("owed = loss × loss rate", c.Shared)
                    .Step("loss cap = cap × benchmark", c.Cap is { } lossCap ? $"{terms.Loss!.Cap} × {c.Benchmark} = {lossCap}" : "none")
                    .Step("owed after the cap (withholding does not apply to losses)", c.Held);
                break;
            case SavingsOutcome.LossBelowMinimum:
                builder.Step("minimum loss rate test: loss ≥ minimum loss rate × benchmark", $"{c.Savings.Negate()} < {c.Minimum} × {c.Benchmark} = {c.MinimumInMoney}: not met, nothing owed");
                break;
            case SavingsOutcome.LossNotShared:
                builder.Step("losses", "one-sided track: not shared");
                break;
            default:
                builder.Step("savings", "none: expenditure equals the benchmark");
                break;
        }

        return builder
            .Rounded($"once, on the {(c.IsLossSide ? "amount owed" : "payment")}, to the penny ({context.Rounding.ToSpecName()}); every figure before it is exact")
            .Result(c.Amount);
    };
}
