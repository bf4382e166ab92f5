using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Validation.Rules;

/// <summary>
/// CL701: the model and the parties must agree. A prime-contractor or prime-provider contract needs a party in the
/// prime role to hold it; a sub-contractor must say which prime it is paid through, or its cells have no payee.
/// </summary>
internal sealed class PrimeModelRule : IContractRule
{
    public void Check(ContractValidationContext context)
    {
        var contract = context.Contract;
        var primes = contract.Parties.Where(party => party.Has(PartyRole.Prime)).ToArray();
        if (contract.Model is ContractModel.PrimeContractor or ContractModel.PrimeProvider && primes.Length == 0)
        {
            var roles = contract.Model == ContractModel.PrimeProvider ? "[prime, provider]" : "[prime]";
            context.Error(
                context.Locate(contract, "model"),
                DiagnosticCodes.ModelMismatch,
                $"the contract model is {SpecWords.Model.WordFor(contract.Model)} but no party holds the prime role; "
                + $"give the organisation that holds the contract roles: {roles}, or change the model (alliance, hybrid).");
        }

        var suggestion = primes.Length == 1 ? $"add prime: {primes[0].Id}" : "add prime: with the id of the prime it is paid through";
        foreach (var party in contract.Parties.Where(party => party.Has(PartyRole.SubContractor) && party.Prime is null))
        {
            context.Error(
                context.Locate(party, "roles"),
                DiagnosticCodes.ModelMismatch,
                $"party {context.PartyName(party.Id)} is a sub-contractor but names no prime, so nobody is paid for its cells; {suggestion}.");
        }
    }
}
