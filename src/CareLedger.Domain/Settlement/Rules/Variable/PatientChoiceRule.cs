using CareLedger.Domain.Explaining;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Settlement.Completeness;
using CareLedger.Domain.Settlement.Rules.RiskReward;

namespace CareLedger.Domain.Settlement.Rules.Variable;

/// <summary>
/// Money follows patient choice, settled at year end. Each provider's share of the group's activity is compared
/// with its planned share; the pool moves by the change: provider i gains (actual share − planned share) × pool.
/// Gains and losses are equal by construction; the amount moved is rounded to the penny once and apportioned among
/// gainers and among losers (largest remainder), so the transfers net to exactly zero. Each provider's part, in
/// pennies, is then held by its <see cref="CapAndCollar"/> (a gain at most the cap, a loss at most the collar, each
/// resolved to the penny against that provider's budget on the mechanism's lines); if that leaves one side larger,
/// that side is scaled down to the other (largest remainder), so the group still nets to zero and no bound is
/// broken. The commissioners' host collects from the losers and pays the gainers, ending even.
/// </summary>
public sealed class PatientChoiceRule : ISettlementRule, IExpectsActuals
{
    public bool AppliesTo(SettlementContext context) => context.IsYearEnd && context.Contract.Payment.Variable is not null;

    /// <summary>Every month of the year has activity for every budget cell of the group's providers in the mechanism's scope.</summary>
    public IEnumerable<MissingActual> Missing(SettlementContext context) =>
        context.Contract.Payment.Variable!.Mechanisms.OfType<PatientChoiceMechanism>()
            .SelectMany(mechanism => ExpectedActivity.Missing(context, mechanism.Scope, mechanism.Providers, $"money following patient choice, '{mechanism.Name}'", mechanism.Source));

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
        var parts = gainAmounts.Zip(lossAmounts, (gain, loss) => gain - loss).ToArray();
        var names = totals.Select(item => context.Contract.NameOf(context.Contract.PayeeFor(item.Provider))).ToArray();
        string? OddPennyOf(int i) => moved.IsZero || parts[i].IsZero
            ? null
            : parts[i].IsNegative
                ? OddPenny.Clause(moved, losses, parts.Select(part => part.IsNegative ? -part : Money.Zero(context.Currency)).ToArray(), names, i, context.Rounding)
                : OddPenny.Clause(moved, gains, parts.Select(part => part.IsNegative ? Money.Zero(context.Currency) : part).ToArray(), names, i, context.Rounding);
        var bounds = totals.Select(item => CapAndCollar.Resolve(mechanism.Cap, mechanism.Collar, PlannedValueOf(context, mechanism, item.Provider), context.Rounding)).ToArray();
        var held = Bound(bounds, gainAmounts, lossAmounts, context.Currency);

        for (var i = 0; i < totals.Length; i++)
        {
            var (provider, activity) = totals[i];
            var amount = gainAmounts[i] - lossAmounts[i];
            var change = shareChanges[i];
            var part = parts[i];
            var bound = bounds[i];
            var heldPart = held[i];
            var reason = $"Patient choice '{mechanism.Name}': share of activity {Percent(activity.Actual, actualActivity)} against {Percent(activity.Planned, plannedActivity)} planned";
            if (amount == part && OddPennyOf(i) is { } clause)
            {
                reason += $" ({clause})";
            }

            context.PayFromCommissioners(context.Contract.PayeeFor(provider), StatementElement.Variable, amount, reason, () =>
                new ExplanationBuilder("variable:patient-choice", "(actual share − planned share) × pool; gains and losses apportioned so the group nets to zero; held within cap and collar")
                    .Input("mechanism", mechanism.Name, mechanism.Source)
                    .Input("pool", $"{mechanism.Pool} = {pool}", mechanism.Pool.Source)
                    .Input("provider activity planned/actual", $"{activity.Planned}/{activity.Actual}")
                    .Input("group activity planned/actual", $"{plannedActivity}/{actualActivity}")
                    .Step("change in share", change)
                    .Step("amount moved across the group", moved)
                    .Step("this provider's part of it", part)
                    .Step(bound.Binds(part) ? $"held by the cap and collar ({bound})" : $"within the cap and collar ({bound})", heldPart)
                    .Step(heldPart == amount ? "this provider" : "this provider, its side scaled down to the other so the group nets to zero", amount)
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

    /// <summary>
    /// Holds each provider's part (a gain or a loss, in pennies) by its cap and collar, then scales the larger side
    /// down to the smaller. Returns the parts as held, before scaling, for the explanation.
    /// </summary>
    private static Money[] Bound(CapAndCollar[] bounds, Money[] gains, Money[] losses, Currency currency)
    {
        var held = new Money[bounds.Length];
        for (var i = 0; i < bounds.Length; i++)
        {
            held[i] = bounds[i].Hold(gains[i] - losses[i]);
            gains[i] = held[i].IsNegative ? Money.Zero(currency) : held[i];
            losses[i] = held[i].IsNegative ? -held[i] : Money.Zero(currency);
        }

        var totalGains = Money.Sum(gains, currency);
        var totalLosses = Money.Sum(losses, currency);
        if (totalGains > totalLosses)
        {
            Rescale(gains, totalLosses);
        }
        else if (totalLosses > totalGains)
        {
            Rescale(losses, totalGains);
        }

        return held;
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

    private static string Percent(decimal part, decimal whole) => $"{DisplayRounding.Round(part / whole * 100m, 2)}%";
}
