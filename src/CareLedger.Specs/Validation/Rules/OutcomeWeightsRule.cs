using CareLedger.Domain;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Validation.Rules;

/// <summary>
/// CL201–CL203: a framework's weights must add up — each outcome's indicators to the outcome's weight, the outcomes
/// to 100%, and all indicators to 100%. Both sums are always stated, so a framework loaded as published (Mid-Notts
/// 2016/17: end of life 16% against 17%, 99% in total) is shown as it is and never corrected behind the author's back.
/// </summary>
internal sealed class OutcomeWeightsRule : IContractRule
{
    public void Check(ContractValidationContext context)
    {
        foreach (var framework in context.Contract.Frameworks)
        {
            foreach (var outcome in framework.Outcomes)
            {
                var indicators = Sum(outcome.Indicators.Select(indicator => indicator.Weight));
                if (indicators != outcome.Weight)
                {
                    var detail = outcome.Indicators.Count == 0
                        ? "but it has no indicators"
                        : $"but its indicators add up to {indicators} ({string.Join(" + ", outcome.Indicators.Select(indicator => indicator.Weight))})";
                    context.Error(
                        context.Locate(outcome, "weight"),
                        DiagnosticCodes.IndicatorWeights,
                        $"{Subjects.Outcome(outcome)} in {Subjects.Framework(framework)} has weight {outcome.Weight} {detail}; "
                        + "make them agree by correcting the outcome's weight or an indicator's.");
                }
            }

            var outcomes = Sum(framework.Outcomes.Select(outcome => outcome.Weight));
            if (outcomes != Percentage.Hundred)
            {
                context.Error(
                    context.Locate(framework),
                    DiagnosticCodes.OutcomeWeights,
                    $"{Subjects.Framework(framework)}: outcome weights total {outcomes}, not 100% "
                    + $"({string.Join(", ", framework.Outcomes.Select(outcome => $"{outcome.Id} {outcome.Weight}"))}); "
                    + "correct the weights so that the outcomes share the whole pot.");
            }

            var allIndicators = Sum(framework.Indicators.Select(indicator => indicator.Weight));
            if (allIndicators != Percentage.Hundred)
            {
                context.Error(
                    context.Locate(framework),
                    DiagnosticCodes.TotalIndicatorWeights,
                    $"{Subjects.Framework(framework)}: indicator weights total {allIndicators}, not 100% (outcome weights total {outcomes}); "
                    + $"{Imbalance(allIndicators)}: correct the indicator weights so that they share the whole pot.");
            }
        }
    }

    private static string Imbalance(Percentage total) =>
        total < Percentage.Hundred
            ? $"{Percentage.Hundred - total} of the pot is tied to no indicator"
            : $"the indicators would pay out {total - Percentage.Hundred} more than the pot";

    private static Percentage Sum(IEnumerable<Percentage> weights) =>
        weights.Aggregate(Percentage.Zero, (total, weight) => total + weight);
}
