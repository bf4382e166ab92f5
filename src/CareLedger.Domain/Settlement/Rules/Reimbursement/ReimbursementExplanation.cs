using CareLedger.Domain.Actuals;
using CareLedger.Domain.Allocation;
using CareLedger.Domain.Explaining;
using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Settlement.Rules.Reimbursement;

/// <summary>
/// Explains a cost-reimbursement line: the terms, the planned amount and the cap, every cost row used with its
/// source, the total and how the cap held it; in-year, the costs before and to the end of the period.
/// </summary>
internal static class ReimbursementExplanation
{
    public const string Rule = "cost-reimbursement";

    private const string NothingRounded = "none here: costs are reported in pennies; a cap given as a rate was rounded to the penny once, when the budget was allocated";

    public static Explanation ForYear(ReimbursedBudget budget, ReportedCosts costs, Money total, Money amount, RoundingRule rounding)
    {
        var builder = Start(budget, "Σ allowable costs reported for the year, held at most the cap; what in-year statements paid on account is deducted", costs.Rows);
        builder.Step("allowable costs for the year", total);
        if (budget.Cap is { } cap)
        {
            builder.Step("cap", cap).Step(budget.Bounds.Binds(total) ? "held at the cap" : "within the cap", amount);
        }

        return builder.Rounded($"{NothingRounded} ({rounding.ToSpecName()})").Result(amount);
    }

    public static Explanation OnAccount(ReimbursedBudget budget, ReportedCosts costs, ContractPeriod period, Money before, Money through, Money amount)
    {
        var builder = Start(
            budget,
            "allowable costs reported to the end of the period, less those reported before it, each held at most the year's cap: paid on account, trued up at year end",
            costs.EndingIn(period));
        builder.Step($"reported before {period.Label}", before).Step($"reported to the end of {period.Label}", through);
        if (budget.Cap is { } cap)
        {
            builder.Step("cap for the year", cap)
                .Step($"before {period.Label}, held at the cap", budget.Bounds.Hold(before))
                .Step($"to the end of {period.Label}, held at the cap", budget.Bounds.Hold(through));
        }

        return builder.Step("paid on account", amount).Rounded(NothingRounded).Result(amount);
    }

    private static ExplanationBuilder Start(ReimbursedBudget budget, string formula, IEnumerable<AllowableCostActual> rows)
    {
        var terms = budget.Terms;
        var builder = new ExplanationBuilder(Rule, formula)
            .Input("terms", terms.Name, terms.Source)
            .Input("planned amount: the budget on the reimbursed lines", budget.Planned, terms.Source)
            .Input("cap as written", terms.Cap?.ToString() ?? "none", terms.Source);
        foreach (var row in rows)
        {
            var what = row.ServiceLine is { } line ? line.Value : "the provider as a whole";
            var evidence = row.Evidence is { } text ? $" (evidence: {text})" : string.Empty;
            builder.Input($"{row.Period.Label} {what} allowable cost{evidence}", row.Amount, row.Source);
        }

        return builder;
    }
}
