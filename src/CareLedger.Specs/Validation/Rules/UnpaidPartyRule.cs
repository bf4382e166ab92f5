using CareLedger.Domain;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Parties;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Validation.Rules;

/// <summary>
/// CL703 (warning): a party that can be paid but, as written, is paid nothing — no baseline cells of its own or of a
/// sub-contractor paid through it, no shift into a cell of its own, no management fee, no shared-savings or
/// corridor settlement. Usually a forgotten baseline entry. A sub-contractor paid through a prime is left out:
/// its money is the prime's, and it may be paid from the prime's own cells.
/// </summary>
internal sealed class UnpaidPartyRule : IContractRule
{
    public void Check(ContractValidationContext context)
    {
        var contract = context.Contract;
        var paid = new HashSet<Id<Party>>(
            contract.Baseline.Cells.Select(cell => context.PayeeOf(cell.Provider))
                .Concat(contract.Adjustments.OfType<ShiftAdjustment>().Select(shift => context.PayeeOf(shift.ToProvider)))
                .Concat(contract.SharedSavings.Select(terms => terms.Entity))
                .Concat(contract.Corridors.Select(corridor => corridor.Entity)));
        paid.UnionWith(contract.Payment.ManagementFees.Select(fee => fee.Payee));

        foreach (var party in contract.Parties.Where(party => party.IsPayable && !paid.Contains(party.Id)))
        {
            if (party.Has(PartyRole.SubContractor) && party.Prime is not null)
            {
                continue;
            }

            context.Warning(
                context.Locate(party),
                DiagnosticCodes.NoBaseline,
                $"party {context.PartyName(party.Id)} can be paid (roles: {Wording.Roles(party)}) but has no baseline spend and no management fee, "
                + "so its contract value is nothing in every year; add its baseline cells, or remove it if it is not part of the contract.");
        }
    }
}
