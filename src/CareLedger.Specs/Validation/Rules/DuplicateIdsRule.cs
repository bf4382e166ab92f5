using System.Globalization;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Validation.Rules;

/// <summary>
/// CL010: ids are unique within their kind, so a reference can only mean one thing. Outcome and indicator ids are
/// unique within their framework, which is where they are looked up.
/// </summary>
internal sealed class DuplicateIdsRule : IContractRule
{
    public void Check(ContractValidationContext context)
    {
        var contract = context.Contract;
        Report(context, contract.Parties, party => party.Id.Value, party => party.Name, "party", "parties");
        Report(context, contract.ServiceLines, line => line.Id.Value, line => line.Name, "service line", "service lines");
        Report(context, contract.TopSlices, slice => slice.Id.Value, slice => slice.Name, "top slice", "top slices");
        Report(context, contract.Population?.Cohorts ?? [], cohort => cohort.Id.Value, cohort => cohort.Name, "cohort", "cohorts");
        Report(context, contract.Payment.Variable?.Mechanisms ?? [], mechanism => mechanism.Id.Value, mechanism => mechanism.Name, "variable mechanism", "variable mechanisms");
        Report(context, contract.Payment.CostReimbursement, terms => terms.Id.Value, terms => terms.Name, "cost reimbursement", "cost reimbursement terms");
        Report(context, contract.Frameworks, framework => framework.Id.Value, framework => framework.Name, "framework", "outcomes frameworks");
        foreach (var framework in contract.Frameworks)
        {
            var within = "the outcomes of " + Subjects.Framework(framework);
            Report(context, framework.Outcomes, outcome => outcome.Id.Value, outcome => outcome.Name, "outcome", within);
            Report(context, framework.Indicators, indicator => indicator.Id.Value, indicator => indicator.Name, "indicator", "the indicators of " + Subjects.Framework(framework));
        }

        Report(context, contract.RiskReward.Items, item => item.Id.Value, item => item.Name, "risk/reward item", "risk/reward items");
        Report(context, contract.SharedSavings, terms => terms.Id.Value, terms => terms.Name, "shared-savings terms", "shared-savings terms");
        Report(context, contract.Corridors, corridor => corridor.Id.Value, corridor => corridor.Name, "risk corridor", "risk corridors");
    }

    private static void Report<T>(
        ContractValidationContext context,
        IEnumerable<T> items,
        Func<T, string> id,
        Func<T, string> name,
        string kind,
        string among)
        where T : notnull
    {
        var first = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!first.TryAdd(id(item), item))
            {
                var earlier = first[id(item)];
                var line = context.Locations.Of(earlier).Line;
                var where = line > 0 ? " on line " + line.ToString(CultureInfo.InvariantCulture) : string.Empty;
                context.Error(
                    context.Locate(item, "id"),
                    DiagnosticCodes.Duplicate,
                    $"{kind} id '{id(item)}' is used twice: by '{name(earlier)}'{where} and by '{name(item)}' here; "
                    + $"ids must be unique among {among}: rename one and update the references to it.");
            }
        }
    }
}
