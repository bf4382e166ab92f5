using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Validation.References;

namespace CareLedger.Specs.Validation.Rules;

/// <summary>CL102: every service line a contract names must be defined under <c>service_lines</c>.</summary>
internal sealed class ServiceLineReferencesRule : IContractRule
{
    public void Check(ContractValidationContext context)
    {
        var defined = context.Contract.ServiceLines.Select(line => line.Id).ToHashSet();
        var ids = defined.Select(id => id.Value).ToArray();
        foreach (var reference in ServiceLineReferences.In(context).Where(reference => !defined.Contains(reference.ServiceLine)))
        {
            context.Error(
                context.Locate(reference.Node, reference.Keys),
                DiagnosticCodes.UndefinedServiceLine,
                $"{reference.Phrase} '{reference.ServiceLine}', which is not defined under service_lines{NameSuggester.Hint(reference.ServiceLine.Value, ids)}; "
                + "add the service line or correct the id.");
        }
    }
}
