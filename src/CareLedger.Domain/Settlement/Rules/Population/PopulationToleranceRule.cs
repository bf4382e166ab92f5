using CareLedger.Domain.Explaining;
using CareLedger.Domain.Population;
using CareLedger.Domain.Settlement.Completeness;

namespace CareLedger.Domain.Settlement.Rules.Population;

/// <summary>
/// The population-growth tolerance (Cambridgeshire and Peterborough): at year end, from the second contract year,
/// when the contract's population has a <see cref="GrowthTolerance"/> and the year's population was counted,
/// actual growth is compared with the projection (<see cref="ToleranceCalculation"/>). Within the tolerance nothing
/// moves and a note records the figures. Outside it, the heads to adjust for × the price per head is paid by the
/// commissioners to the providers (or recovered from them when growth fell short), split in proportion to the
/// providers' contract values.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Previous heads: the previous year's count if there is one, else its projected heads.</item>
/// <item>Projected growth: the population's growth projection for the year; 0% when it has none (the budget then
/// assumes a constant population).</item>
/// <item>Price per head: the tolerance's stated price, else the year's whole-population budget ÷ its projected
/// heads, unrounded: the adjustment is heads × budget ÷ projected heads computed as one exact fraction.</item>
/// <item>Rounding: heads to whole people, halves away from zero; the adjustment once, to the penny, with the
/// contract's tie rule; the split by the largest-remainder rule so the parts add to the adjustment exactly.</item>
/// <item>Year 1 has no projection to compare against: a count given for it is noted and not used.</item>
/// </list>
/// </remarks>
public sealed class PopulationToleranceRule : ISettlementRule, IExpectsActuals
{
    private const string Formula =
        "heads = (whole difference: d; excess only: sign(d) × (|d| − band)) × previous heads, where d = actual growth − projected growth; "
        + "adjustment = heads × price per head, paid by the commissioners to the providers in proportion to their contract values";

    public bool AppliesTo(SettlementContext context) => context.IsYearEnd;

    /// <summary>From the second year, a contract with a growth tolerance needs the year's population count.</summary>
    public IEnumerable<MissingActual> Missing(SettlementContext context)
    {
        if (context.Contract.Population is { Tolerance: { } tolerance } && context.Year.Number > 1
            && !context.Actuals.Population.Any(actual => actual.Year.Number == context.Year.Number))
        {
            yield return new MissingActual("population", "population count", [context.Year.AsPeriod()], "the population growth tolerance", tolerance.Source);
        }
    }

    public void Settle(SettlementContext context)
    {
        if (context.Contract.Population is not { Tolerance: { } tolerance } population)
        {
            return;
        }

        var year = context.Year;
        var counts = context.Actuals.Population.Where(actual => actual.Year.Number == year.Number).ToArray();
        if (year.Number == 1)
        {
            if (counts.Length > 0)
            {
                context.Note($"Population growth tolerance {year}: the first contract year has no growth projection to compare against; the count of {counts[0].Heads:#,0} heads is not used.", counts[0].Source);
            }

            return;
        }

        if (counts.Length != 1)
        {
            context.Note(
                counts.Length == 0
                    ? $"Population growth tolerance {year}: the population was not counted for the year; the tolerance is not tested."
                    : $"Population growth tolerance {year}: {counts.Length} population counts for one year; give one; the tolerance is not tested.",
                counts.Length == 0 ? tolerance.Source : counts[1].Source);
            return;
        }

        var count = counts[0];
        var previousYear = context.Contract.Term.Calendar.Years[year.Number - 2];
        var previousCounts = context.Actuals.Population.Where(actual => actual.Year.Number == previousYear.Number).ToArray();
        var previous = previousCounts.Length == 1
            ? (Heads: previousCounts[0].Heads, Basis: $"counted for {previousYear}", previousCounts[0].Source)
            : (Heads: population.ProjectedSize(previousYear), Basis: $"{previousYear} not counted: its projected heads", Source: (SourceRef?)null);
        if (previous.Heads <= 0)
        {
            context.Note($"Population growth tolerance {year}: the previous year's heads ({previous.Heads}, {previous.Basis}) are not positive, so growth cannot be measured.", previous.Source ?? count.Source);
            return;
        }

        var growth = population.GrowthProjection?.For(year) ?? Percentage.Zero;
        var calculation = ToleranceCalculation.Compute(previous.Heads, count.Heads, growth, tolerance);
        var figures = $"{previous.Heads:#,0} → {count.Heads:#,0} heads, actual growth {calculation.ActualGrowthShown} against projected {growth}, a difference of {calculation.DifferenceShown} (percentage points)";
        if (calculation.IsWithinTolerance)
        {
            context.Note($"Population growth tolerance {year}: {figures}, within the ±{tolerance.Band} tolerance; no adjustment.", count.Source);
            return;
        }

        if (calculation.Heads == 0)
        {
            context.Note($"Population growth tolerance {year}: {figures}, outside the ±{tolerance.Band} tolerance, but the heads to adjust for ({Heads(calculation.ExactHeads)}) round to none; no adjustment.", count.Source);
            return;
        }

        var price = PriceOf(context, population, tolerance, calculation.Heads);
        if (price is null)
        {
            context.Note($"Population growth tolerance {year}: {figures}, outside the tolerance, but there is no price per head (no stated price and no projected heads); no adjustment.", tolerance.Source);
            return;
        }

        var providers = context.Allocation.Providers;
        if (providers.Count == 0 || providers.All(provider => provider.ContractValue.IsZero))
        {
            context.Note($"Population growth tolerance {year}: an adjustment of {price.Adjustment} is due but no provider has a contract value to share it by; nothing paid.", tolerance.Source);
            return;
        }

        var parts = Apportionment.ByAmounts(price.Adjustment, providers.Select(provider => provider.ContractValue).ToArray());
        var weights = providers.Select(provider => Share.FromDecimal(provider.ContractValue.Abs().Amount)).ToArray();
        var names = providers.Select(provider => provider.Payee.Name).ToArray();
        var allocated = Money.Sum(providers.Select(provider => provider.ContractValue.Abs()), context.Currency);
        for (var i = 0; i < providers.Count; i++)
        {
            var provider = providers[i];
            var part = parts[i];
            var reason = $"Population growth tolerance: {figures}, outside ±{tolerance.Band}; {calculation.Heads:#,0} heads × {price.Shown} = {price.Adjustment}, {provider.Payee.Name}'s share by contract value";
            if (OddPenny.Clause(price.Adjustment, weights, parts, names, i, context.Rounding) is { } clause)
            {
                reason += $" ({clause})";
            }

            context.PayFromCommissioners(provider.Payee.Id, StatementElement.Adjustment, part, reason, () =>
                new ExplanationBuilder("population-tolerance", Formula)
                    .Input("growth tolerance", $"±{tolerance.Band}, {(tolerance.Adjustment == ToleranceAdjustment.ExcessOnly ? "excess only" : "whole difference")}", tolerance.Source)
                    .Input("projected growth", population.GrowthProjection is null ? "none: 0%" : growth.ToString(), null)
                    .Input("previous heads", $"{previous.Heads:#,0} ({previous.Basis})", previous.Source)
                    .Input("actual heads", $"{count.Heads:#,0}", count.Source)
                    .Input("price per head", price.Basis, price.Source)
                    .Input($"{provider.Payee.Name}'s contract value", provider.ContractValue)
                    .Step("actual growth = (actual − previous) ÷ previous (shown to 4 places of a percent)", calculation.ActualGrowthShown)
                    .Step("expected heads = previous × (1 + projected growth)", Heads(calculation.ExpectedHeads))
                    .Step("difference d = actual growth − projected growth, in heads = actual − expected", $"{calculation.DifferenceShown} = {Heads(calculation.Deviation)} heads")
                    .Step("tolerance band in heads = band × previous", Heads(calculation.BandHeads))
                    .Step("test |d| ≤ band", $"{Heads(Math.Abs(calculation.Deviation))} > {Heads(calculation.BandHeads)}: outside the tolerance")
                    .Step(tolerance.Adjustment == ToleranceAdjustment.ExcessOnly ? "heads = sign(d) × (|d| − band) × previous" : "heads = d × previous", Heads(calculation.ExactHeads))
                    .Step("heads rounded to whole people (halves away from zero)", $"{calculation.Heads:#,0}")
                    .Step("adjustment = heads × price per head", $"{calculation.Heads:#,0} × {price.Shown} = {price.Adjustment}")
                    .Step("all providers' contract values", allocated)
                    .Step($"{provider.Payee.Name}'s part = adjustment × its contract value ÷ all contract values", part)
                    .Rounded($"heads to whole people (halves away from zero); the adjustment once, to the penny ({context.Rounding.ToSpecName()}); split by the largest-remainder rule so the parts add to {price.Adjustment}")
                    .Result(part));
        }
    }

    /// <summary>Heads as exact as computed, grouped and without trailing zeros: 158,876.025, 1,250.</summary>
    private static string Heads(decimal heads) => DisplayRounding.Round(heads, 12).ToString("#,0.############", System.Globalization.CultureInfo.InvariantCulture);

    private static TolerancePrice? PriceOf(SettlementContext context, PopulationDefinition population, GrowthTolerance tolerance, int heads)
    {
        if (tolerance.PricePerHead is { } stated)
        {
            return new TolerancePrice((stated * heads).Round(context.Rounding), stated.ToString(), $"{stated} stated in the tolerance", tolerance.Source);
        }

        var projected = population.ProjectedSize(context.Year);
        if (projected <= 0)
        {
            return null;
        }

        var budget = context.Budget.WholePopulationBudget;
        var adjustment = Share.FromFraction(heads, projected).Of(budget, context.Rounding);
        var shown = new Money(DisplayRounding.Round(budget.Amount / projected, 6), budget.Currency);
        return new TolerancePrice(
            adjustment,
            $"({budget} ÷ {projected:#,0})",
            $"the year's whole-population budget {budget} ÷ projected heads {projected:#,0} = {shown} (to 6 places; used unrounded)",
            null);
    }
}
