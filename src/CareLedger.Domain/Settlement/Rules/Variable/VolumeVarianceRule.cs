using CareLedger.Domain.Explaining;
using CareLedger.Domain.Payments;

namespace CareLedger.Domain.Settlement.Rules.Variable;

/// <summary>
/// Volume variance paid at a marginal rate. In-year statements pay the variance on account at the marginal rates
/// (no dead-band, cap or collar: those are annual). The year-end statement computes the year's variance value,
/// takes out the dead-band (only the variance beyond it moves), applies the above- or below-plan rate, rounds once
/// to the penny and holds the result between the collar and the cap (<see cref="CapAndCollar"/>: both of the year's
/// planned value unless stated in money), and deducts what was paid on account.
/// </summary>
public sealed class VolumeVarianceRule : ISettlementRule
{
    public bool AppliesTo(SettlementContext context) => context.Contract.Payment.Variable is not null;

    public void Settle(SettlementContext context)
    {
        var mechanisms = context.Contract.Payment.Variable!.Mechanisms.OfType<VolumeMechanism>();
        foreach (var mechanism in mechanisms)
        {
            foreach (var provider in context.Contract.Parties.Where(party => party.IsPayable))
            {
                var totals = ActivityTotals.For(context.Activity, mechanism.Scope, provider.Id, context.Period, mechanism.UnitPrice, context.IsYearEnd ? row =>
                    context.Note($"No price for {row.Provider} {row.ServiceLine} in {row.Period.Label}: give unit_price in the actuals or in the mechanism '{mechanism.Id}'.", row.Source) : null);
                if (totals.Rows.Count == 0)
                {
                    continue;
                }

                var payee = context.Contract.PayeeFor(provider.Id);
                var (amount, explain) = context.IsYearEnd ? Annual(context, mechanism, totals) : OnAccount(context, mechanism, totals);
                var yearEnd = context.IsYearEnd;
                string Describe() => yearEnd
                    ? $"Variable element '{mechanism.Name}' for {provider.Name}: activity {totals.Actual:0.##} against plan {totals.Planned:0.##}"
                    : $"Variable element '{mechanism.Name}' for {provider.Name} on account: activity {totals.Actual:0.##} against plan {totals.Planned:0.##}";
                context.PayFromCommissioners(payee, StatementElement.Variable, amount, Describe, explain);
            }
        }
    }

    private static (Money Amount, Func<Explanation> Explain) OnAccount(SettlementContext context, VolumeMechanism mechanism, ActivityTotals totals)
    {
        var variance = totals.VarianceValue;
        var rate = variance >= 0 ? mechanism.AboveRate : mechanism.BelowRate;
        var exact = variance * rate.Fraction;
        var amount = new Money(exact, context.Currency).Round(context.Rounding);
        return (amount, () => Describe(mechanism, totals, context.Period.Label, "variance value × marginal rate, on account (no dead-band, cap or collar until the year end)")
            .Step("variance value (actual − planned at price)", variance)
            .Step(variance >= 0 ? "above-plan rate" : "below-plan rate", rate)
            .Step("exact", exact)
            .Rounded($"once, to the penny, {context.Rounding.ToSpecName()}")
            .Result(amount));
    }

    private static (Money Amount, Func<Explanation> Explain) Annual(SettlementContext context, VolumeMechanism mechanism, ActivityTotals totals)
    {
        var variance = totals.VarianceValue;
        var band = mechanism.DeadBand is { } deadBand ? totals.PlannedValue * deadBand.Fraction : 0m;
        var beyond = Math.Max(0m, Math.Abs(variance) - band) * Math.Sign(variance);
        var rate = beyond >= 0 ? mechanism.AboveRate : mechanism.BelowRate;
        var exact = beyond * rate.Fraction;
        var planned = new Money(totals.PlannedValue, context.Currency).Round(context.Rounding);
        var bounds = CapAndCollar.Resolve(mechanism.Cap, mechanism.Collar, planned, context.Rounding);
        var amount = bounds.Hold(new Money(exact, context.Currency), context.Rounding);
        return (amount, () =>
        {
            var builder = Describe(mechanism, totals, context.Period.Label, "(variance beyond the dead-band) × marginal rate, held between the collar and the cap")
                .Step("variance value (actual − planned at price)", variance)
                .Step("dead-band", mechanism.DeadBand is { } d ? $"{d} of planned value = {band}" : "none")
                .Step("variance beyond the dead-band", beyond)
                .Step(beyond >= 0 ? "above-plan rate" : "below-plan rate", rate)
                .Step("before cap and collar", exact)
                .Step("cap", bounds.Cap?.ToString() ?? "none")
                .Step("collar", bounds.Collar?.ToString() ?? "none");
            return builder.Rounded($"once, to the penny, {context.Rounding.ToSpecName()}").Result(amount);
        });
    }

    private static ExplanationBuilder Describe(VolumeMechanism mechanism, ActivityTotals totals, string period, string formula)
    {
        var builder = new ExplanationBuilder("variable:volume", formula)
            .Input("mechanism", mechanism.Name, mechanism.Source)
            .Input("above-plan rate", mechanism.AboveRate, mechanism.Source)
            .Input("below-plan rate", mechanism.BelowRate, mechanism.Source);
        foreach (var row in totals.Rows)
        {
            builder.Input($"{row.Period.Label} {row.ServiceLine} planned/actual", $"{row.PlannedActivity}/{row.ActualActivity} at {(mechanism.UnitPrice ?? row.UnitPrice)}", row.Source);
        }

        return builder.Step($"planned value in {period}", totals.PlannedValue).Step($"actual value in {period}", totals.ActualValue);
    }
}
