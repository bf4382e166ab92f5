using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Allocation;

/// <summary>
/// Plans a provider's budget paid at actual allowable cost in a year: for each set of cost-reimbursement terms that
/// applies to the year and covers the provider, its budget on the lines the terms reimburse, and the cap resolved
/// against it (a rate rounded to the penny here, once).
/// </summary>
internal static class ReimbursementPlanner
{
    public static IReadOnlyList<ReimbursedBudget>? Plan(Contract contract, Id<Party> payee, ContractYear year, IReadOnlyList<ServiceLineAmount> byLine)
    {
        var terms = contract.Payment.CostReimbursement;
        if (terms.Count == 0)
        {
            return null;
        }

        List<ReimbursedBudget>? planned = null;
        foreach (var entry in terms)
        {
            if (!entry.Years.Includes(year))
            {
                continue;
            }

            var lines = byLine.Where(line => entry.Covers(payee, line.ServiceLine, year)).ToArray();
            var named = entry.Scope.Providers?.Contains(payee) ?? false;
            if (lines.Length == 0 && !named)
            {
                continue;
            }

            var amount = Money.Sum(lines.Select(line => line.Amount), contract.Currency);
            var cap = entry.Cap?.Resolve(amount, contract.Rounding);
            (planned ??= []).Add(new ReimbursedBudget(entry, lines.Select(line => line.ServiceLine).ToArray(), amount, cap));
        }

        return planned;
    }
}
