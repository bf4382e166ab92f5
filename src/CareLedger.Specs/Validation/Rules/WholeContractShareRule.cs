using CareLedger.Domain.RiskReward;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Validation.Rules;

/// <summary>
/// CL502 (warning): sharing the whole contract's over- or under-spend is a full gain/loss share, which principle 4
/// of the risk and reward principles rules out: it removes individual accountability and shares what members
/// cannot influence. Only included items move money, so only they are reported.
/// </summary>
internal sealed class WholeContractShareRule : IContractRule
{
    public void Check(ContractValidationContext context)
    {
        foreach (var item in context.Contract.RiskReward.Items.Where(item => item.Included && item.Measure == RiskMeasure.WholeContract))
        {
            context.Warning(
                context.Locate(item, "measure"),
                DiagnosticCodes.FullGainLossShare,
                $"{Subjects.Item(item)} shares the variance of the whole contract: a full gain/loss share of the whole contract, "
                + "against principle 4 of the risk/reward principles (no full gain/loss share, no removal of individual accountability); "
                + "share specific items the participants can influence instead (measure: spend-against-plan on named service lines).");
        }
    }
}
