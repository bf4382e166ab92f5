using CareLedger.Domain.Allocation;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Population;
using CareLedger.Domain.Scope;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Validation.Rules;

/// <summary>
/// What only computing the budget shows, reported at the term that causes it: CL304 when a top slice, a saving or a
/// shift takes more than its cells hold (the budget would go below zero and providers would pay back their fixed
/// element), a shift has nothing to move in a year, or the other elements leave a provider a negative fixed element;
/// CL302 when a step would take the budget past <see cref="BudgetEngine.LargestBudget"/>. Each term is reported
/// once, naming every year it affects. Runs the budget and allocation engines, so <see cref="ContractValidator"/>
/// runs it only on a contract with no other error.
/// </summary>
internal sealed class BudgetRule : IContractRule
{
    public void Check(ContractValidationContext context)
    {
        var plan = BudgetEngine.Build(context.Contract);
        // A budget with a problem of its own makes the allocation's problems follow from it: report the cause only.
        var issues = plan.Issues.Count > 0 ? plan.Issues : AllocationEngine.Allocate(plan).SelectMany(year => year.Issues);

        // One finding per term and kind, naming every year; an issue with no cause is its own.
        var groups = new List<(BudgetIssue First, List<string> Years)>();
        foreach (var issue in issues)
        {
            var group = groups.FirstOrDefault(candidate =>
                candidate.First.Cause is not null && ReferenceEquals(candidate.First.Cause, issue.Cause) && candidate.First.Kind == issue.Kind);
            if (group.First is null)
            {
                groups.Add((issue, [issue.Year.Label]));
            }
            else if (!group.Years.Contains(issue.Year.Label))
            {
                group.Years.Add(issue.Year.Label);
            }
        }

        foreach (var (first, years) in groups)
        {
            context.Error(
                Locate(context, first),
                first.Kind == BudgetIssueKind.TooLarge ? DiagnosticCodes.Absurd : DiagnosticCodes.BudgetBelowZero,
                $"{first.Message.TrimEnd('.')} (in {Years(years)}); {Advice(first.Kind)}.");
        }
    }

    // Every year when there are a few; a budget that grows past the limit does so in every later year too.
    private static string Years(List<string> years) =>
        years.Count <= 3 ? Wording.List(years) : $"{years[0]} and the {years.Count - 1} years after it";

    private static string Advice(BudgetIssueKind kind) => kind switch
    {
        BudgetIssueKind.TakesMoreThanHeld =>
            "the budget would go below zero and providers would pay back their fixed element, so reduce it or widen the cells it is taken from",
        BudgetIssueKind.NothingToTakeFrom =>
            "name source cells that hold spend in those years, or limit the years it applies to",
        BudgetIssueKind.ElementsExceedValue =>
            "providers would pay back their fixed element, so reduce the fee or the other elements' shares",
        _ => "check its rate or amount and the years it applies to",
    };

    // The key of the term that caused the issue: the figure that sets how much it takes or adds.
    private static SourceLocation Locate(ContractValidationContext context, BudgetIssue issue) => issue.Cause switch
    {
        TopSlice slice => context.Locate(slice, slice.Rate is not null ? "rate" : "amount"),
        ShiftAdjustment shift when issue.Kind == BudgetIssueKind.NothingToTakeFrom => context.Locate(shift, "service_lines", "providers", "amount", "rate"),
        ShiftAdjustment shift => context.Locate(shift, shift.Moved.Rate is not null ? "rate" : "amount"),
        AmountAdjustment amount => context.Locate(amount, "amount"),
        BudgetAdjustment adjustment => context.Locate(adjustment, "rate"),
        BaselineCell cell => context.Locate(cell, "amount"),
        Baseline baseline => context.Locate(baseline, "spend"),
        PopulationDefinition population => context.Locate(population, "growth_projection", "size"),
        ManagementFeeTerms fee => context.Locate(fee, "amount", "rate"),
        FixedElementTerms terms => context.Locate(terms, "share"),
        { } other => context.Locations.Of(other),
        null => context.Locate(context.Contract.Term, "years", "months"),
    };
}
