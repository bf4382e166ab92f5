using CareLedger.Domain.Parties;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Validation.References;

namespace CareLedger.Specs.Validation.Rules;

/// <summary>
/// CL105: a party named where a role is needed must hold it. Money is paid only to providers, primes and
/// sub-contractors; only commissioners, local authorities and funders pay; a sub-contractor is paid through a prime.
/// </summary>
internal sealed class PartyRolesRule : IContractRule
{
    public void Check(ContractValidationContext context)
    {
        foreach (var reference in PartyReferences.In(context))
        {
            if (context.FindParty(reference.Party) is not { } party || Fits(party, reference.Use))
            {
                continue;
            }

            context.Error(
                context.Locate(reference.Node, reference.Keys),
                DiagnosticCodes.WrongRole,
                $"{reference.Phrase} {context.PartyName(party.Id)}, which {Needed(reference.Use)} (its roles: {Wording.Roles(party)}); {Fix(reference.Use)}.");
        }

        foreach (var party in context.Contract.Parties.Where(party => party.Prime is not null && !party.Has(PartyRole.SubContractor)))
        {
            context.Error(
                context.Locate(party, "prime", "roles"),
                DiagnosticCodes.WrongRole,
                $"party {context.PartyName(party.Id)} names prime '{party.Prime}' but is not a sub-contractor (its roles: {Wording.Roles(party)}); "
                + "only a sub-contractor is paid through a prime: add sub-contractor to its roles or remove prime.");
        }
    }

    private static bool Fits(Party party, PartyUse use) => use switch
    {
        PartyUse.Funds => party.Commissions || party.Has(PartyRole.Funder),
        PartyUse.Paid => party.IsPayable,
        PartyUse.Prime => party.Has(PartyRole.Prime),
        _ => true,
    };

    private static string Needed(PartyUse use) => use switch
    {
        PartyUse.Funds => "is not a commissioner, local authority or funder",
        PartyUse.Paid => "is not a provider, prime or sub-contractor",
        _ => "does not hold the prime role",
    };

    private static string Fix(PartyUse use) => use switch
    {
        PartyUse.Funds => "only those pay into the budget: name a party that does, or add the role it really holds",
        PartyUse.Paid => "money can only be paid to those: name a party that delivers care, or add the role it really holds",
        _ => "a sub-contractor is paid through a prime: name a party that holds the prime role, or add prime to that party's roles",
    };
}
