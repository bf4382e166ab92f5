using CareLedger.Domain;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Validation.Rules;

/// <summary>
/// CL010: at most one management fee per payee. Two would leave it unclear which is meant, and allocation pays a
/// payee's fee once.
/// </summary>
internal sealed class DuplicateFeesRule : IContractRule
{
    public void Check(ContractValidationContext context)
    {
        var first = new Dictionary<Id<Party>, ManagementFeeTerms>();
        foreach (var fee in context.Contract.Payment.ManagementFees)
        {
            if (first.TryAdd(fee.Payee, fee))
            {
                continue;
            }

            context.Error(
                context.Locate(fee, "payee"),
                DiagnosticCodes.Duplicate,
                $"{context.PartyName(fee.Payee)} is paid a second management fee; give one fee per payee (combine the two, or pay the second to another party).");
        }
    }
}
