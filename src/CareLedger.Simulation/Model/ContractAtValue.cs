using CareLedger.Domain;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;

namespace CareLedger.Simulation.Model;

/// <summary>
/// A contract modelled at a term value other than its own — the bid a provider won with, below the ceiling — by scaling
/// every baseline cell by one factor, each to the penny. The budget is built from the baseline by rates, so each year
/// and cell keeps its share of the whole, and every term that is a share of the budget (outcome pots, fees, at-risk
/// elements) follows; amounts the contract writes as money (a fee in pounds, a risk item's plan) stay as written.
/// </summary>
internal static class ContractAtValue
{
    /// <summary>
    /// The contract with its baseline scaled so its term's budget is <paramref name="termValue"/>. Rounding each cell
    /// and each budget step to the penny loses a few pence, so the factor is corrected once by the shortfall the
    /// first pass leaves; what remains is pennies, and the projection reports the budget actually settled.
    /// </summary>
    public static Contract Scale(Contract contract, Money termValue)
    {
        var published = BudgetEngine.Build(contract).TermTotal;
        if (published.IsZero)
        {
            throw new ArgumentException($"Contract '{contract.Id}' has no budget over its term, so it cannot be scaled to {termValue}.", nameof(contract));
        }

        var factor = termValue / published;
        var scaled = WithFactor(contract, factor);
        var first = BudgetEngine.Build(scaled).TermTotal;
        return first == termValue || first.IsZero ? scaled : WithFactor(contract, factor * (termValue / first));
    }

    private static Contract WithFactor(Contract contract, decimal factor)
    {
        var cells = contract.Baseline.Cells
            .Select(cell => cell with { Amount = (cell.Amount * factor).Round(contract.Rounding) })
            .ToArray();
        return contract with { Baseline = contract.Baseline with { Cells = cells } };
    }
}
