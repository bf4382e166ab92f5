using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Validation.References;

namespace CareLedger.Specs.Validation.Rules;

/// <summary>CL101: every party a contract names must be defined under <c>parties</c>.</summary>
internal sealed class PartyReferencesRule : IContractRule
{
    public void Check(ContractValidationContext context)
    {
        var defined = context.Contract.Parties.Select(party => party.Id.Value).ToArray();
        foreach (var reference in PartyReferences.In(context).Where(reference => !context.IsParty(reference.Party)))
        {
            context.Error(
                context.Locate(reference.Node, reference.Keys),
                DiagnosticCodes.UndefinedParty,
                $"{reference.Phrase} '{reference.Party}', which is not a party{NameSuggester.Hint(reference.Party.Value, defined)}; "
                + "add it under parties or correct the id.");
        }
    }
}
