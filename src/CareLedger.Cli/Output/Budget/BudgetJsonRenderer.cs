using System.Text.Json;
using CareLedger.Domain;
using CareLedger.Domain.Allocation;
using CareLedger.Domain.Budgets;

namespace CareLedger.Cli.Output.Budget;

/// <summary>The budget for programs: every figure as a string with the currency's decimals ("25175000.00").</summary>
internal static class BudgetJsonRenderer
{
    public static void Write(BudgetReport report, TextWriter output) => JsonOutput.Write(output, json =>
    {
        var contract = report.Contract;
        json.WriteStartObject();
        json.WriteStartObject("contract");
        json.WriteString("id", contract.Id.Value);
        json.WriteString("name", contract.Name);
        json.WriteString("currency", contract.Currency.Code);
        json.WriteString("rounding", contract.Rounding.ToSpecName());
        json.WriteEndObject();

        json.WriteStartArray("out_of_scope_baseline");
        foreach (var cell in report.Plan.OutOfScopeBaseline)
        {
            WriteCell(json, cell.Key, cell.Amount);
        }

        json.WriteEndArray();
        json.WriteStartArray("years");
        foreach (var (budget, allocation) in report.Years)
        {
            WriteYear(json, budget, allocation);
        }

        json.WriteEndArray();
        json.WriteString("term_total", AmountText.Plain(report.Plan.TermTotal));
        json.WriteStartArray("issues");
        foreach (var issue in report.Plan.Issues.Concat(report.Years.SelectMany(year => year.Allocation.Issues)))
        {
            json.WriteStartObject();
            json.WriteString("year", issue.Year.Label);
            json.WriteString("message", issue.Message);
            json.WriteString("source", issue.Source?.ToString());
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void WriteYear(Utf8JsonWriter json, BudgetYear budget, YearAllocation allocation)
    {
        json.WriteStartObject();
        json.WriteString("year", budget.Year.Label);
        json.WriteNumber("months", budget.Year.CoveredMonths);
        json.WriteString("opening", AmountText.Plain(budget.OpeningTotal));
        json.WriteStartArray("opening_cells");
        foreach (var cell in budget.Opening)
        {
            WriteCell(json, cell.Key, cell.Amount);
        }

        json.WriteEndArray();
        json.WriteStartArray("steps");
        foreach (var step in budget.Steps)
        {
            WriteStep(json, step);
        }

        json.WriteEndArray();
        json.WriteString("budget_before_top_slices", AmountText.Plain(budget.GrossBudget));
        json.WriteStartArray("top_slices");
        foreach (var step in budget.TopSlices)
        {
            WriteStep(json, step);
        }

        json.WriteEndArray();
        json.WriteString("whole_population_budget", AmountText.Plain(budget.WholePopulationBudget));
        json.WriteString("unfunded_pressure", AmountText.Plain(budget.UnfundedPressure));
        json.WriteStartArray("cells");
        foreach (var cell in budget.Cells)
        {
            WriteCell(json, cell.Key, cell.Amount);
        }

        json.WriteEndArray();
        if (budget.Population is { } population)
        {
            json.WriteStartObject("population");
            json.WriteNumber("projected_heads", population.Heads);
            json.WriteString("cost_per_head", AmountText.Plain(population.CostPerHead));
            if (population.CostPerWeightedHead is { } perWeighted)
            {
                json.WriteString("cost_per_weighted_head", AmountText.Plain(perWeighted));
            }

            json.WriteEndObject();
        }

        json.WriteStartArray("funding");
        foreach (var funding in budget.Funding)
        {
            json.WriteStartObject();
            json.WriteString("funder", funding.Funder.Value);
            json.WriteString("share", funding.Share.ToString());
            json.WriteString("amount", AmountText.Plain(funding.Amount));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("allocation");
        foreach (var provider in allocation.Providers)
        {
            WriteProvider(json, provider);
        }

        json.WriteEndArray();
        json.WriteStartArray("on_top_fees");
        foreach (var fee in allocation.OnTopFees)
        {
            json.WriteStartObject();
            json.WriteString("payee", fee.Payee.Value);
            json.WriteString("amount", AmountText.Plain(fee.Fee.Amount));
            json.WriteString("funded_by", fee.FundedBy?.Value);
            json.WriteString("formula", fee.Fee.Formula);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteStep(Utf8JsonWriter json, BudgetStep step)
    {
        json.WriteStartObject();
        json.WriteString("name", step.Name);
        json.WriteString("rule", step.Rule);
        json.WriteString("rate", step.Rate?.ToString());
        json.WriteString("basis", AmountText.Plain(step.Basis));
        json.WriteString("exact", step.Exact?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("change", AmountText.Plain(step.Change));
        json.WriteString("moved", AmountText.Plain(step.Moved));
        json.WriteString("total_after", AmountText.Plain(step.TotalAfter));
        json.WriteString("source", step.Source?.ToString());
        json.WriteStartArray("cells");
        foreach (var change in step.CellChanges)
        {
            WriteCell(json, change.Key, change.Change);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteProvider(Utf8JsonWriter json, ProviderAllocation provider)
    {
        json.WriteStartObject();
        json.WriteString("provider", provider.Payee.Id.Value);
        json.WriteString("name", provider.Payee.Name);
        json.WriteString("contract_value", AmountText.Plain(provider.ContractValue));
        json.WriteStartObject("elements");
        foreach (var element in provider.Elements)
        {
            json.WriteStartObject(element.Element.ToSpecName().Replace('-', '_'));
            json.WriteString("amount", AmountText.Plain(element.Amount));
            json.WriteString("rate", element.Rate?.ToString());
            json.WriteString("formula", element.Formula);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteString("at_risk", AmountText.Plain(provider.AtRisk));
        if (provider.Exposure is { } exposure)
        {
            json.WriteStartObject("outcome_exposure");
            json.WriteBoolean("applied", exposure.Applied);
            json.WriteString("description", exposure.Describe());
            json.WriteStartArray("quarters");
            foreach (var quarter in exposure.Quarters)
            {
                json.WriteStartObject();
                json.WriteString("quarter", quarter.Quarter.Label);
                json.WriteString("pot", AmountText.Plain(quarter.Pot));
                json.WriteString("at_risk_share", quarter.AtRiskShare.ToString());
                json.WriteString("at_risk", AmountText.Plain(quarter.AtRisk));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteStartArray("by_service_line");
        foreach (var line in provider.ByServiceLine)
        {
            json.WriteStartObject();
            json.WriteString("service_line", line.ServiceLine.Value);
            json.WriteString("amount", AmountText.Plain(line.Amount));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("sub_contracted");
        foreach (var sub in provider.SubContracted)
        {
            json.WriteStartObject();
            json.WriteString("sub_contractor", sub.SubContractor.Value);
            json.WriteString("amount", AmountText.Plain(sub.Amount));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("instalments");
        foreach (var instalment in provider.Instalments)
        {
            json.WriteStartObject();
            json.WriteString("period", instalment.Period.Label);
            json.WriteString("amount", AmountText.Plain(instalment.Amount));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCell(Utf8JsonWriter json, BudgetCellKey key, Money amount)
    {
        json.WriteStartObject();
        json.WriteString("service_line", key.ServiceLine.Value);
        json.WriteString("provider", key.Provider.Value);
        json.WriteString("amount", AmountText.Plain(amount));
        json.WriteEndObject();
    }
}
