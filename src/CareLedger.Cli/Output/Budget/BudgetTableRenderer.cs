using System.Globalization;
using CareLedger.Application.Budgets;
using CareLedger.Domain;
using CareLedger.Domain.Allocation;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Scope;

namespace CareLedger.Cli.Output.Budget;

/// <summary>
/// The budget for people: for each year, the build-up step by step, the budget by service line, cost per head,
/// funding, then the allocation by provider and element, the instalments, and what is paid at actual allowable cost.
/// A year with no cost reimbursement shows no column or section for it.
/// </summary>
internal static class BudgetTableRenderer
{
    public static void Write(BudgetReport report, TextWriter output, bool useColour)
    {
        var contract = report.Contract;
        output.WriteLine($"{contract.Name} ({contract.Id})");
        output.WriteLine($"Budget in {contract.Currency.Code}, rounding {contract.Rounding.ToSpecName()}; every figure exact to the penny.");
        if (report.Plan.OutOfScopeBaseline.Count > 0)
        {
            var outOfScope = Money.Sum(report.Plan.OutOfScopeBaseline.Select(cell => cell.Amount), contract.Currency);
            output.WriteLine($"Out of scope and not budgeted: {AmountText.Display(outOfScope)} of baseline spend ({string.Join(", ", report.Plan.OutOfScopeBaseline.Select(cell => report.NameOf(cell.Key.ServiceLine)).Distinct())}).");
        }

        foreach (var (budget, allocation) in report.Years)
        {
            output.WriteLine();
            WriteYear(report, budget, allocation, output, useColour);
        }

        if (report.Years.Count > 1)
        {
            output.WriteLine();
            output.WriteLine($"Whole-population budget over the term: {AmountText.Display(report.Plan.TermTotal)}");
        }

        foreach (var issue in report.Plan.Issues.Concat(report.Years.SelectMany(year => year.Allocation.Issues)))
        {
            output.WriteLine($"warning: {issue.Year}: {issue.Message}{(issue.Source is null ? string.Empty : $" ({issue.Source})")}");
        }
    }

    private static void WriteYear(BudgetReport report, BudgetYear budget, YearAllocation allocation, TextWriter output, bool useColour)
    {
        var year = budget.Year;
        var last = year.FirstCovered.AddMonths(year.CoveredMonths - 1);
        output.WriteLine($"== {year.Label}  ({year.FirstCovered.ToDisplayString()} – {last.ToDisplayString()}, {year.CoveredMonths} months{(year.IsPartial ? ", part year" : string.Empty)}) ==");
        output.WriteLine();
        WriteSteps(budget, output, useColour);
        output.WriteLine();
        WriteServiceLines(report, budget, output, useColour);
        output.WriteLine();
        WritePopulationAndFunding(report, budget, output);
        output.WriteLine();
        WriteAllocation(report, allocation, output, useColour);
        output.WriteLine();
        WriteInstalments(report, allocation, output);
        WriteReimbursed(report, allocation, output);
    }

    private static void WriteSteps(BudgetYear budget, TextWriter output, bool useColour)
    {
        var table = new TextTable(TableColumn.Left("Step", 60), TableColumn.Right("Change"), TableColumn.Right("Budget"));
        table.AddRow(budget.Year.Number == 1 ? "Baseline spend in scope" : "Brought forward from the year before", string.Empty, AmountText.Display(budget.OpeningTotal));
        foreach (var step in budget.Steps)
        {
            table.AddRow(Describe(step), Signed(step), AmountText.Display(step.TotalAfter));
        }

        table.AddRow("Budget before top slices", string.Empty, AmountText.Display(budget.GrossBudget));
        foreach (var slice in budget.TopSlices)
        {
            table.AddRow($"Top slice: {slice.Name}{(slice.Rate is { } rate ? $" ({rate} of {AmountText.Display(slice.Basis)})" : string.Empty)}", Signed(slice), AmountText.Display(slice.TotalAfter));
        }

        table.AddRow("Whole-population budget", string.Empty, AmountText.Display(budget.WholePopulationBudget));
        table.Write(output, useColour);
    }

    private static string Describe(BudgetStep step) => step.Kind switch
    {
        BudgetStepKind.Shift => $"{step.Name}: {AmountText.Display(step.Moved)} moved{(step.Rate is { } rate ? $" ({rate} of {AmountText.Display(step.Basis)})" : string.Empty)}",
        BudgetStepKind.UnfundedVat => $"{step.Name}: {step.Rate} VAT on {AmountText.Display(step.Basis)} = {AmountText.Display(step.Moved)}, NOT FUNDED",
        BudgetStepKind.PartYear => step.Name,
        _ => step.Rate is { } rate ? $"{step.Name} ({step.Rule}) {rate} of {AmountText.Display(step.Basis)}" : $"{step.Name} ({step.Rule})",
    };

    private static string Signed(BudgetStep step) =>
        step.Change.IsZero ? "0.00" : (step.Change.IsNegative ? string.Empty : "+") + AmountText.Display(step.Change);

    private static void WriteServiceLines(BudgetReport report, BudgetYear budget, TextWriter output, bool useColour)
    {
        var table = new TextTable(TableColumn.Left("Service line", 40), TableColumn.Right("Opening"), TableColumn.Right("Adjustments"), TableColumn.Right("Top slices"), TableColumn.Right("Budget"));
        var currency = budget.Currency;

        // Each total is gathered in one pass over its cells, keyed by service line: looking each line up among all
        // the cells instead made a contract of 10,000 service lines take minutes.
        var opening = TotalsByLine(budget.Opening.Select(cell => (cell.Key.ServiceLine, cell.Amount)));
        var adjustments = TotalsByLine(budget.Steps.SelectMany(step => step.CellChanges).Select(change => (change.Key.ServiceLine, change.Change)));
        var slices = TotalsByLine(budget.TopSlices.SelectMany(step => step.CellChanges).Select(change => (change.Key.ServiceLine, change.Change)));
        var closing = TotalsByLine(budget.Cells.Select(cell => (cell.Key.ServiceLine, cell.Amount)));
        Money Of(Dictionary<Id<ServiceLine>, Money> totals, Id<ServiceLine> line) =>
            totals.TryGetValue(line, out var total) ? total : Money.Zero(currency);

        var lines = budget.Cells.Select(cell => cell.Key.ServiceLine).Concat(budget.Opening.Select(cell => cell.Key.ServiceLine)).Distinct();
        foreach (var line in lines)
        {
            table.AddRow(report.NameOf(line), AmountText.Display(Of(opening, line)), AmountText.Display(Of(adjustments, line)), AmountText.Display(Of(slices, line)), AmountText.Display(Of(closing, line)));
        }

        var allAdjustments = Money.Sum(budget.Steps.Select(step => step.Change), currency);
        table.AddRow("Total", AmountText.Display(budget.OpeningTotal), AmountText.Display(allAdjustments), AmountText.Display(budget.TopSliceTotal.Negate()), AmountText.Display(budget.WholePopulationBudget));
        table.Write(output, useColour);
    }

    private static Dictionary<Id<ServiceLine>, Money> TotalsByLine(IEnumerable<(Id<ServiceLine> Line, Money Amount)> amounts)
    {
        var totals = new Dictionary<Id<ServiceLine>, Money>();
        foreach (var (line, amount) in amounts)
        {
            totals[line] = totals.TryGetValue(line, out var total) ? total + amount : amount;
        }

        return totals;
    }

    private static void WritePopulationAndFunding(BudgetReport report, BudgetYear budget, TextWriter output)
    {
        if (budget.Population is { } population)
        {
            var weighted = population.CostPerWeightedHead is { } perWeighted && population.WeightedHeads is { } heads
                ? $"; per weighted head {AmountText.Display(perWeighted)} ({heads.ToString("N0", CultureInfo.InvariantCulture)} weighted heads)"
                : string.Empty;
            output.WriteLine($"Cost per head: {AmountText.Display(population.CostPerHead)} ({population.Heads.ToString("N0", CultureInfo.InvariantCulture)} projected heads){weighted}");
        }

        if (budget.Funding.Count > 0)
        {
            output.WriteLine("Funded by: " + string.Join("; ", budget.Funding.Select(funding => $"{report.NameOf(funding.Funder)} {funding.Share} = {AmountText.Display(funding.Amount)}")));
        }

        if (!budget.UnfundedPressure.IsZero)
        {
            output.WriteLine($"Unfunded pressure (not in the budget): {AmountText.Display(budget.UnfundedPressure)}");
        }
    }

    private static void WriteAllocation(BudgetReport report, YearAllocation allocation, TextWriter output, bool useColour)
    {
        var reimbursed = Reimburses(allocation);
        TableColumn[] columns =
        [
            TableColumn.Left("Provider", 36),
            TableColumn.Right("Contract value"),
            TableColumn.Right("Fixed"),
            .. reimbursed ? [TableColumn.Right("At cost")] : Array.Empty<TableColumn>(),
            TableColumn.Right("Variable"),
            TableColumn.Right("Outcome pot"),
            TableColumn.Right("Mgmt fee"),
            TableColumn.Right("At risk"),
            TableColumn.Left("Outcome phase", 30),
        ];
        var table = new TextTable(columns);
        var currency = report.Contract.Currency;
        Money AtCost(ProviderAllocation provider) => provider.CostReimbursement?.Amount ?? Money.Zero(currency);
        foreach (var provider in allocation.Providers)
        {
            table.AddRow(
            [
                provider.Payee.Name,
                AmountText.Display(provider.ContractValue),
                AmountText.Display(provider.Fixed.Amount),
                .. reimbursed ? [AmountText.Display(AtCost(provider))] : Array.Empty<string>(),
                AmountText.Display(provider.Variable.Amount),
                AmountText.Display(provider.Outcome.Amount),
                AmountText.Display(provider.ManagementFee.Amount),
                AmountText.Display(provider.AtRisk),
                provider.Exposure?.Describe() ?? string.Empty,
            ]);
        }

        Money Total(Func<ProviderAllocation, Money> of) => Money.Sum(allocation.Providers.Select(of), currency);
        table.AddRow(
        [
            "Total",
            AmountText.Display(Total(provider => provider.ContractValue)),
            AmountText.Display(Total(provider => provider.Fixed.Amount)),
            .. reimbursed ? [AmountText.Display(Total(AtCost))] : Array.Empty<string>(),
            AmountText.Display(Total(provider => provider.Variable.Amount)),
            AmountText.Display(Total(provider => provider.Outcome.Amount)),
            AmountText.Display(Total(provider => provider.ManagementFee.Amount)),
            AmountText.Display(Total(provider => provider.AtRisk)),
            string.Empty,
        ]);
        table.Write(output, useColour);

        foreach (var fee in allocation.OnTopFees)
        {
            output.WriteLine($"On top of the budget: management fee to {report.NameOf(fee.Payee)} {AmountText.Display(fee.Fee.Amount)} ({fee.Fee.Formula}), funded by {(fee.FundedBy is { } funder ? report.NameOf(funder) : "the commissioners")}");
        }

        output.WriteLine();
        var byLine = new TextTable(TableColumn.Left("Provider", 36), TableColumn.Left("Service line", 40), TableColumn.Right("Amount"));
        foreach (var provider in allocation.Providers)
        {
            foreach (var line in provider.ByServiceLine)
            {
                byLine.AddRow(provider.Payee.Name, report.NameOf(line.ServiceLine), AmountText.Display(line.Amount));
            }

            foreach (var sub in provider.SubContracted)
            {
                byLine.AddRow(provider.Payee.Name, $"  of which sub-contracted to {report.NameOf(sub.SubContractor)}", AmountText.Display(sub.Amount));
            }
        }

        byLine.Write(output, useColour);
    }

    private static void WriteInstalments(BudgetReport report, YearAllocation allocation, TextWriter output)
    {
        output.WriteLine("Fixed element instalments:");
        foreach (var provider in allocation.Providers)
        {
            if (provider.Fixed.Amount.IsZero && provider.CostReimbursement is not null)
            {
                output.WriteLine($"  {provider.Payee.Name}: none; its contract value is paid at actual allowable cost");
                continue;
            }

            var runs = provider.Instalments
                .GroupBy(instalment => instalment.Amount)
                .Select(group => $"{group.Count()} × {AmountText.Display(group.Key)}");
            var total = Money.Sum(provider.Instalments.Select(instalment => instalment.Amount), report.Contract.Currency);
            output.WriteLine($"  {provider.Payee.Name}: {provider.Instalments.Count} instalments, {string.Join(" + ", runs)} = {AmountText.Display(total)} ({provider.Instalments[0].Period.Label} to {provider.Instalments[^1].Period.Label})");
        }
    }

    /// <summary>
    /// What each provider is paid at actual allowable cost instead of instalments: the planned amount (its budget on the
    /// reimbursed lines, taken out of the fixed element) and the cap. Settlement pays reported costs, held at the cap.
    /// </summary>
    private static void WriteReimbursed(BudgetReport report, YearAllocation allocation, TextWriter output)
    {
        if (!Reimburses(allocation))
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("Paid at actual allowable cost, not in instalments (reported costs paid on account in-year, held at the cap, trued up at year end):");
        foreach (var provider in allocation.Providers)
        {
            foreach (var entry in provider.Reimbursed ?? [])
            {
                var lines = entry.ServiceLines.Count == 0 ? "no budgeted lines" : string.Join(", ", entry.ServiceLines.Select(line => report.NameOf(line)));
                var written = entry.Terms.Cap?.ToString();
                var cap = entry.Cap is { } bound
                    ? written == bound.ToString() ? $"cap {AmountText.Display(bound)}" : $"cap {AmountText.Display(bound)} ({written} of planned)"
                    : "no cap";
                output.WriteLine($"  {provider.Payee.Name}: '{entry.Terms.Name}' on {lines}, planned {AmountText.Display(entry.Planned)}, {cap}");
            }
        }
    }

    private static bool Reimburses(YearAllocation allocation) =>
        allocation.Providers.Any(provider => provider.Reimbursed is { Count: > 0 });
}
