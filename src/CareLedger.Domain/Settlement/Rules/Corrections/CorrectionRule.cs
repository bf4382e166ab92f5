using CareLedger.Domain.Explaining;
using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Settlement.Rules.Corrections;

/// <summary>
/// Pays recorded corrections. An in-year statement pays the corrections of the months it covers; the year end counts
/// every correction of the year as the year's entitlement, so its on-account deduction of the months' corrections
/// leaves only the corrections recorded for the year itself to pay then. Each is paid once.
/// </summary>
public sealed class CorrectionRule : ISettlementRule
{
    private const string Formula = "the amount recorded with the correction, paid by one party to the other";

    public bool AppliesTo(SettlementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Actuals.Corrections.Count > 0;
    }

    public void Settle(SettlementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var correction in context.Actuals.Corrections.Where(correction => PaidIn(correction.Period, context.Period)))
        {
            var corrects = correction.Corrects is null ? string.Empty : $" of {correction.Corrects}";
            context.Transfer(
                correction.From,
                correction.To,
                StatementElement.Adjustment,
                correction.Amount,
                $"Correction{corrects} recorded for {correction.Period.Label}: {correction.Reason}",
                () => new ExplanationBuilder("adjustment:correction", Formula)
                    .Input("period recorded for", correction.Period.Label, correction.Source)
                    .Input("corrects", correction.Corrects ?? "no closed period named", correction.Source)
                    .Input("paid by", context.Contract.Party(correction.From).Name, correction.Source)
                    .Input("paid to", context.Contract.Party(correction.To).Name, correction.Source)
                    .Input("reason", correction.Reason, correction.Source)
                    .Input("amount", correction.Amount, correction.Source)
                    .Rounded("none: recorded in whole pence")
                    .Result(correction.Amount));
        }
    }

    /// <summary>Whether a correction recorded for <paramref name="recorded"/> is paid in the statement of <paramref name="settling"/>.</summary>
    private static bool PaidIn(ContractPeriod recorded, ContractPeriod settling)
    {
        if (recorded.Year != settling.Year)
        {
            return false;
        }

        return settling.Kind == PeriodKind.Year || (recorded.Kind == PeriodKind.Month && settling.CoveredMonths().Contains(recorded.CoveredMonths().Single()));
    }
}
