using System.Globalization;
using CareLedger.Domain.Actuals;
using CareLedger.Domain.Explaining;
using CareLedger.Domain.Parties;
using CareLedger.Domain.RiskReward;

namespace CareLedger.Domain.Settlement.Rules.RiskReward;

/// <summary>
/// Measures a risk/reward item's variance for the settlement year, one way per <see cref="RiskMeasure"/>. All three
/// reduce to a signed over-spend (actual cost − what was planned or paid): positive falls on the loss side, negative
/// on the gain side, and the side's bands then slice its magnitude.
/// <list type="bullet">
/// <item><b>Spend against plan</b>: actual − plan, the plan from the actuals row if it carries one, else the item's
/// plan for the year.</item>
/// <item><b>Fixed-element surplus</b>: surplus = the bearer's fixed element − its actual cost; a surplus is a gain, a
/// deficit a loss; percent-of-plan bands are measured against the fixed element (Bedfordshire's 95%).</item>
/// <item><b>Whole contract</b>: Σ actual cost of every party paid under the contract − Σ their contract values;
/// percent-of-plan bands are measured against Σ contract values.</item>
/// </list>
/// Figures are exact; a variance with fractions of a penny (only possible in hand-built actuals) is rounded to the
/// penny with the contract's tie rule, a named point shown in the explanation.
/// </summary>
internal static class VarianceMeasurement
{
    public static MeasurementResult Measure(RiskRewardItem item, SettlementContext context)
    {
        var (fallsOn, problem) = FallsOnParty.Resolve(item, context);
        if (fallsOn is not { } bearer)
        {
            return MeasurementResult.NotMeasured(problem!, item.Source);
        }

        return item.Measure switch
        {
            RiskMeasure.SpendAgainstPlan => SpendAgainstPlan(item, bearer, context),
            RiskMeasure.FixedElementSurplus => FixedElementSurplus(item, bearer, context),
            RiskMeasure.WholeContract => WholeContract(item, bearer, context),
            _ => throw new ArgumentOutOfRangeException(nameof(item), item.Measure, "Unknown risk measure."),
        };
    }

    private static MeasurementResult SpendAgainstPlan(RiskRewardItem item, Id<Party> bearer, SettlementContext context)
    {
        var rows = context.Actuals.RiskItems.Where(row => row.Item == item.Id && row.Year == context.Year).ToArray();
        if (rows.Length != 1)
        {
            return MeasurementResult.NotMeasured(
                rows.Length == 0
                    ? $"no actual spend reported for {context.Year}"
                    : $"{rows.Length.ToString(CultureInfo.InvariantCulture)} actual rows for {context.Year}, where one is expected",
                rows.Length == 0 ? item.Source : rows[1].Source);
        }

        var row = rows[0];
        if ((row.Planned ?? item.Plan?.For(context.Year)) is not { } plan)
        {
            return MeasurementResult.NotMeasured($"no plan for {context.Year}: neither the actuals row nor the contract gives one", row.Source ?? item.Source);
        }

        var (planSource, planOrigin) = row.Planned is not null ? (row.Source, "from the actuals") : (item.Source, "from the contract");
        var inputs = new List<ExplanationInput>
        {
            new($"plan for {context.Year} ({planOrigin})", plan.ToString(), planSource),
            new($"actual spend for {context.Year}", row.Actual.ToString(), row.Source),
        };
        var steps = new List<ExplanationStep>();
        var overSpend = Penny(row.Actual - plan, context, steps, $"variance = actual − plan = {row.Actual} − {plan}");
        return Measured(item, overSpend, plan, "plan", bearer, ("over-spend", "under-spend"), inputs, steps);
    }

    private static MeasurementResult FixedElementSurplus(RiskRewardItem item, Id<Party> bearer, SettlementContext context)
    {
        var name = context.Contract.NameOf(bearer);
        if (context.AllocationOf(bearer) is not { } allocation)
        {
            return MeasurementResult.NotMeasured($"{name} has no allocation in {context.Year}, so there is no fixed element to measure a surplus on", item.Source);
        }

        if (Cost(bearer, context) is not { } cost)
        {
            return MeasurementResult.NotMeasured(CostProblem(bearer, context), item.Source);
        }

        var fixedElement = allocation.Fixed.Amount;
        var inputs = new List<ExplanationInput>
        {
            new($"fixed element of {name} for {context.Year}", $"{fixedElement} ({allocation.Fixed.Formula})", allocation.Fixed.Source),
            new($"actual cost of {name} for {context.Year}", cost.ActualCost.ToString(), cost.Source),
        };
        var steps = new List<ExplanationStep>();
        var surplus = fixedElement - cost.ActualCost;
        steps.Add(new("surplus = fixed element − actual cost", $"{fixedElement} − {cost.ActualCost} = {surplus}"));
        if (!fixedElement.IsZero)
        {
            // For the reader only: money never uses this ratio; the bands convert their edges to pennies instead.
            steps.Add(new("surplus as a share of the fixed element (display only)", Percentage.FromFraction(DisplayRounding.Round(surplus / fixedElement, 6)).ToString()));
        }

        var overSpend = Penny(-surplus, context, steps, "over-spend = −surplus");
        return Measured(item, overSpend, fixedElement, "the fixed element", bearer, ("deficit", "surplus"), inputs, steps);
    }

    private static MeasurementResult WholeContract(RiskRewardItem item, Id<Party> bearer, SettlementContext context)
    {
        var providers = context.Allocation.Providers;
        var missing = providers.Where(provider => Cost(provider.Payee.Id, context) is null).Select(provider => provider.Payee.Name).ToArray();
        if (missing.Length > 0)
        {
            return MeasurementResult.NotMeasured($"the whole contract needs one actual cost for {context.Year} for each party paid under it; none or several for {string.Join(", ", missing)}", item.Source);
        }

        var inputs = new List<ExplanationInput>();
        var costs = context.Zero;
        foreach (var provider in providers)
        {
            var cost = Cost(provider.Payee.Id, context)!;
            inputs.Add(new($"contract value of {provider.Payee.Name} for {context.Year}", provider.ContractValue.ToString(), null));
            inputs.Add(new($"actual cost of {provider.Payee.Name} for {context.Year}", cost.ActualCost.ToString(), cost.Source));
            costs += cost.ActualCost;
        }

        var contractValues = context.Allocation.Total(context.Currency);
        var steps = new List<ExplanationStep>();
        var overSpend = Penny(costs - contractValues, context, steps, $"variance = Σ actual cost − Σ contract value = {costs} − {contractValues}");
        return Measured(item, overSpend, contractValues, "the contract value", bearer, ("over-spend", "under-spend"), inputs, steps);
    }

    private static MeasurementResult Measured(
        RiskRewardItem item,
        Money overSpend,
        Money plan,
        string planWord,
        Id<Party> bearer,
        (string Loss, string Gain) words,
        IReadOnlyList<ExplanationInput> inputs,
        List<ExplanationStep> steps)
    {
        var side = overSpend.IsNegative ? VarianceSide.Gain : VarianceSide.Loss;
        var word = side == VarianceSide.Gain ? words.Gain : words.Loss;
        steps.Add(new($"{word}, on the {(side == VarianceSide.Gain ? "gain" : "loss")} side", overSpend.Abs().ToString()));
        return MeasurementResult.Measured(new MeasuredVariance(item, side, overSpend.Abs(), plan, planWord, bearer, word, inputs, steps));
    }

    /// <summary>The named rounding point for a variance: a no-op for figures read from files, which are whole pennies.</summary>
    private static Money Penny(Money exact, SettlementContext context, List<ExplanationStep> steps, string description)
    {
        steps.Add(new(description, exact.ToString()));
        if (exact.IsWholeMinorUnits)
        {
            return exact;
        }

        var rounded = exact.Round(context.Rounding);
        steps.Add(new($"rounded to the penny ({context.Rounding.ToSpecName()})", rounded.ToString()));
        return rounded;
    }

    /// <summary>The party's one actual-cost row for the year; null when there is none or more than one.</summary>
    private static ProviderCostActual? Cost(Id<Party> party, SettlementContext context)
    {
        var rows = context.Actuals.ProviderCosts.Where(row => row.Party == party && row.Year == context.Year).Take(2).ToArray();
        return rows.Length == 1 ? rows[0] : null;
    }

    private static string CostProblem(Id<Party> party, SettlementContext context)
    {
        var count = context.Actuals.ProviderCosts.Count(row => row.Party == party && row.Year == context.Year);
        return count == 0
            ? $"no actual cost reported for {context.Contract.NameOf(party)} for {context.Year}"
            : $"{count.ToString(CultureInfo.InvariantCulture)} actual-cost rows for {context.Contract.NameOf(party)} for {context.Year}, where one is expected";
    }
}
