using CareLedger.Domain.Explaining;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;

namespace CareLedger.Domain.Settlement.Rules.Variable;

/// <summary>
/// Money follows patient choice, settled at year end. Each provider's share of the group's activity is compared
/// with its planned share; the pool moves by the change: provider i gains (actual share − planned share) × pool.
/// Gains and losses are equal by construction; the amount moved is rounded to the penny once and apportioned among
/// gainers and among losers (largest remainder), so the transfers net to exactly zero. A provider's gain is held
/// within its cap and its loss within its collar; if that leaves one side larger, that side is scaled down to the
/// other, so the group still nets to zero and no bound is broken. The commissioners' host collects from the
/// losers and pays the gainers, ending even.
/// </summary>
public sealed class PatientChoiceRule : ISettlementRule
{
    public bool AppliesTo(SettlementContext context) => context.IsYearEnd && context.Contract.Payment.Variable is not null;

    public void Settle(SettlementContext context)
    {
        foreach (var mechanism in context.Contract.Payment.Variable!.Mechanisms.OfType<PatientChoiceMechanism>())
        {
            SettleMechanism(context, mechanism);
        }
    }

    private static void SettleMechanism(SettlementContext context, PatientChoiceMechanism mechanism)
    {
        var totals = mechanism.Providers
            .Select(provider => (Provider: provider, Totals: ActivityTotals.For(context.Activity, mechanism.Scope, provider, context.Period, Money.Zero(context.Currency), _ => { })))
            .ToArray();
        var plannedActivity = totals.Sum(item => item.Totals.Planned);
        var actualActivity = totals.Sum(item => item.Totals.Actual);
        if (plannedActivity == 0 || actualActivity == 0)
        {
            context.Note($"Patient choice '{mechanism.Name}': no planned or actual activity for the group in {context.Period.Label}; nothing moves.", mechanism.Source);
            return;
        }

        var plannedValue = Money.Sum(mechanism.Providers.Select(provider => PlannedValueOf(context, mechanism, provider)), context.Currency);
        var pool = mechanism.Pool.Resolve(plannedValue, context.Rounding);

        // Exact change in share for each provider, as a fraction: (actual_i / A) − (planned_i / P).
        var shareChanges = totals
            .Select(item => ShareOf(item.Totals.Actual, actualActivity) - ShareOf(item.Totals.Planned, plannedActivity))
            .ToArray();
        var gains = shareChanges.Select(change => change.IsNegative ? Share.Zero : change).ToArray();
        var losses = shareChanges.Select(change => change.IsNegative ? Share.Zero - change : Share.Zero).ToArray();
        var moved = Share.Sum(gains).Of(pool, context.Rounding);

        var gainAmounts = SplitOrZero(moved, gains, context.Currency);
        var lossAmounts = SplitOrZero(moved, losses, context.Currency);
        Bound(context, mechanism, totals.Select(item => item.Provider).ToArray(), gainAmounts, lossAmounts);

        for (var i = 0; i < totals.Length; i++)
        {
            var (provider, activity) = totals[i];
            var amount = gainAmounts[i] - lossAmounts[i];
            var change = shareChanges[i];
            var reason = $"Patient choice '{mechanism.Name}': share of activity {Percent(activity.Actual, actualActivity)} against {Percent(activity.Planned, plannedActivity)} planned";
            context.PayFromCommissioners(context.Contract.PayeeFor(provider), StatementElement.Variable, amount, reason, () =>
                new ExplanationBuilder("variable:patient-choice", "(actual share − planned share) × pool; gains and losses apportioned so the group nets to zero; held within cap and collar")
                    .Input("mechanism", mechanism.Name, mechanism.Source)
                    .Input("pool", $"{mechanism.Pool} = {pool}", mechanism.Pool.Source)
                    .Input("provider activity planned/actual", $"{activity.Planned}/{activity.Actual}")
                    .Input("group activity planned/actual", $"{plannedActivity}/{actualActivity}")
                    .Step("change in share", change)
                    .Step("amount moved across the group", moved)
                    .Step("this provider", amount)
                    .Rounded("the amount moved is rounded once; its split uses the largest-remainder rule")
                    .Result(amount));
        }

        var net = Money.Sum(gainAmounts, context.Currency) - Money.Sum(lossAmounts, context.Currency);
        context.Check($"Patient choice '{mechanism.Name}' nets to zero", net.IsZero, $"gains {Money.Sum(gainAmounts, context.Currency)}, losses {Money.Sum(lossAmounts, context.Currency)}");
    }

    /// <summary>A provider's budget on the mechanism's service lines: the base for a pool or bound given as a rate.</summary>
    private static Money PlannedValueOf(SettlementContext context, PatientChoiceMechanism mechanism, Id<Party> provider)
    {
        var total = Money.Zero(context.Currency);
        foreach (var line in context.AllocationOf(context.Contract.PayeeFor(provider))?.ByServiceLine ?? [])
        {
            if (mechanism.Scope.ServiceLines is null || mechanism.Scope.ServiceLines.Contains(line.ServiceLine))
            {
                total += line.Amount;
            }
        }

        return total;
    }

    /// <summary>Holds each gain within its cap and each loss within its collar, then scales the larger side down to the smaller.</summary>
    private static void Bound(SettlementContext context, PatientChoiceMechanism mechanism, Id<Party>[] providers, Money[] gains, Money[] losses)
    {
        for (var i = 0; i < providers.Length; i++)
        {
            var planned = PlannedValueOf(context, mechanism, providers[i]);
            if (mechanism.Cap?.Resolve(planned, context.Rounding) is { } cap && gains[i] > cap)
            {
                gains[i] = cap;
            }

            if (mechanism.Collar?.Resolve(planned, context.Rounding) is { } collar && losses[i] > collar)
            {
                losses[i] = collar;
            }
        }

        var totalGains = Money.Sum(gains, context.Currency);
        var totalLosses = Money.Sum(losses, context.Currency);
        if (totalGains > totalLosses)
        {
            Rescale(gains, totalLosses);
        }
        else if (totalLosses > totalGains)
        {
            Rescale(losses, totalGains);
        }
    }

    private static void Rescale(Money[] side, Money total)
    {
        if (side.All(amount => amount.IsZero))
        {
            return;
        }

        var scaled = total.IsZero ? side.Select(amount => Money.Zero(amount.Currency)).ToArray() : Apportionment.ByAmounts(total, side);
        for (var i = 0; i < side.Length; i++)
        {
            side[i] = scaled[i];
        }
    }

    private static Money[] SplitOrZero(Money total, Share[] weights, Currency currency) =>
        weights.All(weight => weight.IsZero) || total.IsZero
            ? weights.Select(_ => Money.Zero(currency)).ToArray()
            : Apportionment.ByShares(total, weights).ToArray();

    private static Share ShareOf(decimal part, decimal whole) => Share.FromDecimal(part) * Inverse(whole);

    private static Share Inverse(decimal value)
    {
        var exact = Share.FromDecimal(value);
        return Share.FromFraction(exact.Denominator, exact.Numerator);
    }

    private static string Percent(decimal part, decimal whole) => $"{decimal.Round(part / whole * 100m, 2)}%";
}
