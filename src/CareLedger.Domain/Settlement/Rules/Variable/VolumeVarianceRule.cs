using CareLedger.Domain.Actuals;
using CareLedger.Domain.Explaining;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Settlement.Completeness;

namespace CareLedger.Domain.Settlement.Rules.Variable;

/// <summary>
/// Volume variance paid at a marginal rate.
/// </summary>
/// <remarks>
/// <para><b>On account, to date.</b> An in-year statement pays the change in the position to date: the variance value
/// of the activity reported for the year so far × the above- or below-plan rate (chosen by the sign of that running
/// variance), rounded once to the penny and held within the year's <see cref="CapAndCollar"/>, less the same figure
/// before the period. A month whose activity undoes an earlier month's is therefore paid at the rate of the running
/// position, not at the other rate on its own; what has been paid on account never passes the year's cap or collar;
/// and the months add up to any run of them (a quarter is exactly its three months). Rows for a quarter count in its
/// last month; a row for the whole year only at year end. There is no dead-band in-year: it applies to the year.</para>
/// <para><b>Year end.</b> The year's variance value, less the dead-band (only the variance beyond it moves), × the
/// above- or below-plan rate, rounded once to the penny and held within the cap and collar; the engine deducts what
/// was paid on account.</para>
/// <para>The cap and collar are the year's, resolved to the penny against the year's planned value at price (every row
/// of the year, or the rows reported so far when later months are not yet in the actuals, which can only make the
/// bound tighter). Rows far outside plan (<see cref="FarFromPlan"/>) are paid as reported and noted.</para>
/// </remarks>
public sealed class VolumeVarianceRule : ISettlementRule, IExpectsActuals
{
    public bool AppliesTo(SettlementContext context) => context.Contract.Payment.Variable is not null;

    /// <summary>Every month of the period has activity for every budget cell in a volume mechanism's scope.</summary>
    public IEnumerable<MissingActual> Missing(SettlementContext context) =>
        context.Contract.Payment.Variable!.Mechanisms.OfType<VolumeMechanism>()
            .SelectMany(mechanism => ExpectedActivity.Missing(context, mechanism.Scope, null, $"the variable mechanism '{mechanism.Name}'", mechanism.Source));

    public void Settle(SettlementContext context)
    {
        var mechanisms = context.Contract.Payment.Variable!.Mechanisms.OfType<VolumeMechanism>();
        foreach (var mechanism in mechanisms)
        {
            foreach (var provider in context.Contract.Parties.Where(party => party.IsPayable))
            {
                if (context.IsYearEnd)
                {
                    SettleYear(context, mechanism, provider);
                }
                else
                {
                    SettleOnAccount(context, mechanism, provider);
                }
            }
        }
    }

    private static void SettleYear(SettlementContext context, VolumeMechanism mechanism, Party provider)
    {
        var totals = ActivityTotals.For(context.Activity, mechanism.Scope, provider.Id, context.Period, mechanism.UnitPrice, row =>
            context.Note($"No price for {row.Provider} {row.ServiceLine} in {row.Period.Label}: give unit_price in the actuals or in the mechanism '{mechanism.Id}'.", row.Source));
        if (totals.Rows.Count == 0)
        {
            return;
        }

        NoteFarFromPlan(context, mechanism, provider, totals.Rows);
        var (amount, explain) = Annual(context, mechanism, totals);
        context.PayFromCommissioners(
            context.Contract.PayeeFor(provider.Id),
            StatementElement.Variable,
            amount,
            () => $"Variable element '{mechanism.Name}' for {provider.Name}: activity {totals.Actual:0.##} against plan {totals.Planned:0.##}",
            explain);
    }

    private static void SettleOnAccount(SettlementContext context, VolumeMechanism mechanism, Party provider)
    {
        var (first, count) = ActivityIndex.MonthsOf(context.Period);
        var through = ActivityTotals.ToDate(context.Activity, mechanism.Scope, provider.Id, context.Year, first + count, mechanism.UnitPrice);
        var before = ActivityTotals.ToDate(context.Activity, mechanism.Scope, provider.Id, context.Year, first, mechanism.UnitPrice);
        var reported = through.Rows.Where(row => EndOf(row) > first).ToArray();
        if (reported.Length == 0)
        {
            return;
        }

        NoteFarFromPlan(context, mechanism, provider, reported);
        var bounds = YearBounds(context, mechanism, provider.Id);
        var earnedThrough = Earned(context, mechanism, through.VarianceValue);
        var paidThrough = bounds.Hold(earnedThrough);
        var paidBefore = bounds.Hold(Earned(context, mechanism, before.VarianceValue));
        var amount = paidThrough - paidBefore;
        var period = context.Period.Label;
        var planned = reported.Sum(row => row.PlannedActivity);
        var actual = reported.Sum(row => row.ActualActivity);
        var held = bounds.Binds(earnedThrough);
        var (rateName, rate) = Rate(mechanism, through.VarianceValue);
        string Describe()
        {
            var text = $"Variable element '{mechanism.Name}' for {provider.Name} on account: activity {actual:0.##} against plan {planned:0.##} in {period}";
            if (before.Rows.Count > 0)
            {
                text += $"; {through.Actual:0.##} against {through.Planned:0.##} in the year to date";
            }

            return held ? text + $", held within the year's {bounds}" : text;
        }

        context.PayFromCommissioners(context.Contract.PayeeFor(provider.Id), StatementElement.Variable, amount, Describe, () =>
            DescribeRows(mechanism, through.Rows, "on account, to date: (variance value to date × the marginal rate for its sign, rounded once, held within the year's cap and collar) − the same before this period")
                .Step("cap and collar for the year", bounds.ToString())
                .Step($"variance value to the end of {period} (actual − planned at price)", new Money(through.VarianceValue, context.Currency))
                .Step(rateName + ", by the sign of the variance to date", rate)
                .Step("earned to date (rounded once)", earnedThrough)
                .Step(held ? "paid on account to date, held by the cap and collar" : "paid on account to date, within the cap and collar", paidThrough)
                .Step($"variance value before {period}", new Money(before.VarianceValue, context.Currency))
                .Step("paid on account before", paidBefore)
                .Step($"on account in {period}", amount)
                .Rounded($"each to-date amount once, to the penny, {context.Rounding.ToSpecName()}, then held")
                .Result(amount));
    }

    /// <summary>What a variance to date earns before the cap and collar: variance × the rate for its sign, rounded once to the penny.</summary>
    private static Money Earned(SettlementContext context, VolumeMechanism mechanism, decimal variance) =>
        new Money(variance * Rate(mechanism, variance).Rate.Fraction, context.Currency).Round(context.Rounding);

    /// <summary>The month a row's period ends after, counted from its year's first month.</summary>
    private static int EndOf(ActivityActual row)
    {
        var (first, count) = ActivityIndex.MonthsOf(row.Period);
        return first + count;
    }

    private static (string Name, Percentage Rate) Rate(VolumeMechanism mechanism, decimal variance) =>
        variance >= 0 ? ("above-plan rate", mechanism.AboveRate) : ("below-plan rate", mechanism.BelowRate);

    /// <summary>The year's cap and collar, against the planned value at price of every row of the year in the actuals.</summary>
    private static CapAndCollar YearBounds(SettlementContext context, VolumeMechanism mechanism, Id<Party> provider)
    {
        var year = ActivityTotals.For(context.Activity, mechanism.Scope, provider, context.Year.AsPeriod(), mechanism.UnitPrice, null);
        return CapAndCollar.Resolve(mechanism.Cap, mechanism.Collar, new Money(year.PlannedValue, context.Currency).Round(context.Rounding), context.Rounding);
    }

    private static void NoteFarFromPlan(SettlementContext context, VolumeMechanism mechanism, Party provider, IEnumerable<ActivityActual> rows)
    {
        foreach (var row in rows.Where(row => FarFromPlan.Applies(row.PlannedActivity, row.ActualActivity)))
        {
            context.Note(
                $"Variable element '{mechanism.Name}': {provider.Name}'s {row.ServiceLine} activity in {row.Period.Label} is far outside plan "
                + $"({FarFromPlan.Describe(row.PlannedActivity, row.ActualActivity)}; {FarFromPlan.Threshold}); it is paid as reported, within the year's cap and collar. Check the row.",
                row.Source);
        }
    }

    private static (Money Amount, Func<Explanation> Explain) Annual(SettlementContext context, VolumeMechanism mechanism, ActivityTotals totals)
    {
        var variance = totals.VarianceValue;
        var band = mechanism.DeadBand is { } deadBand ? totals.PlannedValue * deadBand.Fraction : 0m;
        var beyond = Math.Max(0m, Math.Abs(variance) - band) * Math.Sign(variance);
        var (rateName, rate) = Rate(mechanism, beyond);
        var exact = beyond * rate.Fraction;
        var planned = new Money(totals.PlannedValue, context.Currency).Round(context.Rounding);
        var bounds = CapAndCollar.Resolve(mechanism.Cap, mechanism.Collar, planned, context.Rounding);
        var amount = bounds.Hold(new Money(exact, context.Currency), context.Rounding);
        var label = context.Period.Label;
        // Intermediate amounts are money, shown with every digit they have: nothing is rounded before the one point.
        Money InCurrency(decimal value) => new(value, context.Currency);
        return (amount, () => DescribeRows(mechanism, totals.Rows, "(variance beyond the dead-band) × marginal rate, held between the collar and the cap")
            .Step($"planned value in {label}", InCurrency(totals.PlannedValue))
            .Step($"actual value in {label}", InCurrency(totals.ActualValue))
            .Step("variance value (actual − planned at price)", InCurrency(variance))
            .Step("dead-band", mechanism.DeadBand is { } d ? $"{d} of planned value = {InCurrency(band)}" : "none")
            .Step("variance beyond the dead-band", InCurrency(beyond))
            .Step(rateName, rate)
            .Step("before cap and collar (unrounded)", InCurrency(exact))
            .Step("cap", bounds.Cap?.ToString() ?? "none")
            .Step("collar", bounds.Collar?.ToString() ?? "none")
            .Rounded($"once, to the penny, {context.Rounding.ToSpecName()}")
            .Result(amount));
    }

    private static ExplanationBuilder DescribeRows(VolumeMechanism mechanism, IReadOnlyList<ActivityActual> rows, string formula)
    {
        var builder = new ExplanationBuilder("variable:volume", formula)
            .Input("mechanism", mechanism.Name, mechanism.Source)
            .Input("above-plan rate", mechanism.AboveRate, mechanism.Source)
            .Input("below-plan rate", mechanism.BelowRate, mechanism.Source);
        foreach (var row in rows)
        {
            builder.Input($"{row.Period.Label} {row.ServiceLine} planned/actual", $"{row.PlannedActivity}/{row.ActualActivity} at {mechanism.UnitPrice ?? row.UnitPrice}", row.Source);
        }

        return builder;
    }
}
