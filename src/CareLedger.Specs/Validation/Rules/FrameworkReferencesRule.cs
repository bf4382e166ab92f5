using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Validation.Rules;

/// <summary>CL103: the outcome element must name outcomes frameworks the contract defines, in every year it names one.</summary>
internal sealed class FrameworkReferencesRule : IContractRule
{
    public void Check(ContractValidationContext context)
    {
        if (context.Contract.Payment.Outcome is not { } outcome)
        {
            return;
        }

        var defined = context.Contract.Frameworks.Select(framework => framework.Id).ToHashSet();
        var ids = defined.Select(id => id.Value).ToArray();
        foreach (var named in ScheduledValue<Domain.Id<Domain.Outcomes.OutcomesFramework>>.Of(outcome.Framework, context))
        {
            // An empty id is the reader's placeholder for a default never written; the missing year is its CL602.
            if (named.Value.Value.Length == 0 || defined.Contains(named.Value))
            {
                continue;
            }

            var available = ids.Length == 0
                ? "the contract defines no frameworks: add it under outcomes"
                : $"define it under outcomes or name one of {Wording.List(ids.Select(Wording.Quoted))}";
            context.Error(
                context.Locate(outcome, "framework"),
                DiagnosticCodes.UndefinedFramework,
                $"the outcome element uses framework '{named.Value}'{Wording.InYear(named.YearLabel)}, which is not defined{NameSuggester.Hint(named.Value.Value, ids)}; {available}.");
        }
    }
}
