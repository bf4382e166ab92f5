using CareLedger.Application.Csv;
using CareLedger.Application.Budgets;
using CareLedger.Domain;
using CareLedger.Domain.Allocation;
using CareLedger.Domain.Budgets;

namespace CareLedger.Cli.Output.Budget;

/// <summary>
/// The budget for spreadsheets: one tidy table, one figure per row, so a pivot table can rebuild any view.
/// Columns: year, section, name, provider, service_line, element, period, rate, amount.
/// </summary>
internal static class BudgetCsvRenderer
{
    public static void Write(BudgetReport report, TextWriter output)
    {
        var csv = new CsvWriter(output);
        csv.WriteRow("year", "section", "name", "provider", "service_line", "element", "period", "rate", "amount");
        foreach (var cell in report.Plan.OutOfScopeBaseline)
        {
            csv.WriteRow(string.Empty, "out-of-scope", report.NameOf(cell.Key.ServiceLine), cell.Key.Provider.Value, cell.Key.ServiceLine.Value, null, null, null, AmountText.Plain(cell.Amount));
        }

        foreach (var (budget, allocation) in report.Years)
        {
            var year = budget.Year.Label;
            foreach (var cell in budget.Opening)
            {
                csv.WriteRow(year, "opening", null, cell.Key.Provider.Value, cell.Key.ServiceLine.Value, null, null, null, AmountText.Plain(cell.Amount));
            }

            foreach (var step in budget.Steps.Concat(budget.TopSlices))
            {
                var section = step.Kind == BudgetStepKind.TopSlice ? "top-slice" : "step";
                csv.WriteRow(year, section, step.Name, null, null, step.Rule, null, step.Rate?.ToString(), AmountText.Plain(step.Kind is BudgetStepKind.Shift or BudgetStepKind.UnfundedVat ? step.Moved : step.Change));
                foreach (var change in step.CellChanges)
                {
                    csv.WriteRow(year, section + "-cell", step.Name, change.Key.Provider.Value, change.Key.ServiceLine.Value, step.Rule, null, null, AmountText.Plain(change.Change));
                }
            }

            foreach (var cell in budget.Cells)
            {
                csv.WriteRow(year, "budget", null, cell.Key.Provider.Value, cell.Key.ServiceLine.Value, null, null, null, AmountText.Plain(cell.Amount));
            }

            csv.WriteRow(year, "whole-population-budget", null, null, null, null, null, null, AmountText.Plain(budget.WholePopulationBudget));
            if (budget.Population is { } population)
            {
                csv.WriteRow(year, "cost-per-head", null, null, null, null, null, null, AmountText.Plain(population.CostPerHead));
            }

            foreach (var funding in budget.Funding)
            {
                csv.WriteRow(year, "funding", report.NameOf(funding.Funder), funding.Funder.Value, null, null, null, funding.Share.ToString(), AmountText.Plain(funding.Amount));
            }

            foreach (var provider in allocation.Providers)
            {
                var id = provider.Payee.Id.Value;
                csv.WriteRow(year, "contract-value", provider.Payee.Name, id, null, null, null, null, AmountText.Plain(provider.ContractValue));
                foreach (var element in provider.Elements)
                {
                    csv.WriteRow(year, "element", provider.Payee.Name, id, null, element.Element.ToSpecName(), null, element.Rate?.ToString(), AmountText.Plain(element.Amount));
                }

                csv.WriteRow(year, "at-risk", provider.Payee.Name, id, null, "outcome", null, null, AmountText.Plain(provider.AtRisk));
                foreach (var line in provider.ByServiceLine)
                {
                    csv.WriteRow(year, "provider-service-line", provider.Payee.Name, id, line.ServiceLine.Value, null, null, null, AmountText.Plain(line.Amount));
                }

                foreach (var instalment in provider.Instalments)
                {
                    csv.WriteRow(year, "instalment", provider.Payee.Name, id, null, "fixed", instalment.Period.Label, null, AmountText.Plain(instalment.Amount));
                }
            }

            foreach (var fee in allocation.OnTopFees)
            {
                csv.WriteRow(year, "on-top-fee", report.NameOf(fee.Payee), fee.Payee.Value, null, "management-fee", null, fee.Fee.Rate?.ToString(), AmountText.Plain(fee.Fee.Amount));
            }
        }
    }
}
