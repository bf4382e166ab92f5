using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Validation.Rules;

/// <summary>
/// CL702 (warning): a model and parties that can work but look odd. An alliance has no prime and no sub-contracts —
/// one whose members appoint a prime provider is a hybrid (Salford); a prime provider also delivers care.
/// </summary>
internal sealed class ModelShapeRule : IContractRule
{
    public void Check(ContractValidationContext context)
    {
        var contract = context.Contract;
        var model = context.Locate(contract, "model");
        if (contract.Model == ContractModel.Alliance)
        {
            foreach (var party in contract.Parties.Where(party => party.Has(PartyRole.Prime) || party.Has(PartyRole.SubContractor)))
            {
                var role = party.Has(PartyRole.Prime) ? "holds the prime role" : "is a sub-contractor";
                context.Warning(
                    model,
                    DiagnosticCodes.ModelOdd,
                    $"the contract model is alliance but party {context.PartyName(party.Id)} {role}; an alliance has no prime and no sub-contracts, "
                    + "while an alliance whose members appoint a prime provider is a hybrid: set model: hybrid, or remove the role.");
            }
        }

        if (contract.Model == ContractModel.PrimeProvider)
        {
            foreach (var party in contract.Parties.Where(party => party.Has(PartyRole.Prime) && !party.Has(PartyRole.Provider)))
            {
                context.Warning(
                    model,
                    DiagnosticCodes.ModelOdd,
                    $"the contract model is prime-provider but prime {context.PartyName(party.Id)} does not hold the provider role, so it delivers no care itself; "
                    + "give it roles: [prime, provider], or set model: prime-contractor.");
            }
        }
    }
}
