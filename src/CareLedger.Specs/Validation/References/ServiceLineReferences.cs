using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;

namespace CareLedger.Specs.Validation.References;

/// <summary>Every place a contract names a service line.</summary>
internal static class ServiceLineReferences
{
    public static IEnumerable<ServiceLineReference> In(ContractValidationContext context)
    {
        var contract = context.Contract;
        foreach (var cell in contract.Baseline.Cells)
        {
            yield return new(cell, ["service_line"], cell.ServiceLine, $"the baseline cell for provider {context.PartyName(cell.Provider)} names service line");
        }

        foreach (var exclusion in contract.Exclusions)
        {
            if (exclusion.ServiceLine is { } line)
            {
                yield return new(exclusion, ["service_line"], line, $"the exclusion '{exclusion.Description}' names service line");
            }
        }

        var scoped = contract.TopSlices.Select(slice => (Node: (object)slice, slice.Scope, Phrase: Subjects.TopSlice(slice) + " takes money from service line"))
            .Concat(contract.Adjustments.Select(adjustment => (Node: (object)adjustment, adjustment.Scope, Phrase: Subjects.Adjustment(adjustment) + " names service line")))
            .Concat((contract.Payment.Variable?.Mechanisms ?? []).Select(mechanism => (Node: (object)mechanism, mechanism.Scope, Phrase: Subjects.Mechanism(mechanism) + " names service line")))
            .Concat(contract.Payment.CostReimbursement.Select(terms => (Node: (object)terms, terms.Scope, Phrase: Subjects.Reimbursement(terms) + " names service line")))
            .Concat(contract.RiskReward.Items.Select(item => (Node: (object)item, item.Scope, Phrase: Subjects.Item(item) + " names service line")));
        foreach (var (node, scope, phrase) in scoped)
        {
            foreach (var reference in InScope(node, scope, phrase))
            {
                yield return reference;
            }
        }

        foreach (var shift in contract.Adjustments.OfType<ShiftAdjustment>())
        {
            yield return new(shift, ["service_line", "to"], shift.ToServiceLine, Subjects.Adjustment(shift) + " moves money to service line");
        }
    }

    private static IEnumerable<ServiceLineReference> InScope(object node, CellScope scope, string phrase) =>
        scope.ServiceLines is not { } lines
            ? []
            : lines.Select(line => new ServiceLineReference(node, ScopeKeys.For(lines, line, "service_lines"), line, phrase));
}
