using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Validation.Rules;

/// <summary>CL702 (warning): a pooled budget has two or more contributors; one commissioner "pooling" is a sign a share is missing.</summary>
internal sealed class PooledFundingRule : IContractRule
{
    public void Check(ContractValidationContext context)
    {
        var funding = context.Contract.Funding;
        var funders = funding.Shares.Select(share => share.Funder).Distinct().ToArray();
        if (!funding.Pooled || funders.Length != 1)
        {
            return;
        }

        context.Warning(
            context.Locate(funding, "pooled", "shares"),
            DiagnosticCodes.ModelOdd,
            $"funding is pooled but only {context.PartyName(funders[0])} contributes; a pooled budget has two or more funders "
            + "(Salford: two-thirds CCG, one-third council): add the other funders' shares, or set pooled: false.");
    }
}
