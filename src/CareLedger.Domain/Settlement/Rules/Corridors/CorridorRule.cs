using CareLedger.Domain.Actuals;
using CareLedger.Domain.Explaining;
using CareLedger.Domain.Settlement.Completeness;
using CareLedger.Domain.SharedSavings;

namespace CareLedger.Domain.Settlement.Rules.Corridors;

/// <summary>
/// Settles risk corridors at year end. For each <see cref="RiskCorridorTerms"/> whose years include the year and
/// that has exactly one <see cref="CorridorActual"/> for it, the target is the actual's target, else the terms'
/// target for the year, else the entity's contract value for the year; the bands split the gap between target and
/// actual cost (see <see cref="CorridorCalculation"/>). Above target the payer pays the entity; below target the
/// entity pays the payer. A result of nothing (cost inside a 0% band, or exactly on target) is recorded as a zero
/// line on both statements so the reader sees why.
/// </summary>
public sealed class CorridorRule : ISettlementRule, IExpectsActuals
{
    private const string Formula =
        "above target: Σ over bands of (the part of [target, actual cost] inside [from × target, to × target)) × payer share, paid by the payer to the entity; "
        + "below target: Σ over bands of (the part of [actual cost, target] inside the band) × payer share, paid by the entity to the payer";

    public bool AppliesTo(SettlementContext context) => context.IsYearEnd;

    /// <summary>Each corridor covering the year needs the year's actual cost.</summary>
    public IEnumerable<MissingActual> Missing(SettlementContext context) =>
        context.Contract.Corridors
            .Where(terms => terms.Years.Includes(context.Year) && !context.Actuals.Corridors.Any(actual => actual.Corridor == terms.Id && actual.Year.Number == context.Year.Number))
            .Select(terms => new MissingActual("corridors", $"actual cost for risk corridor '{terms.Id}'", [context.Year.AsPeriod()], $"risk corridor '{terms.Id}'", terms.Source));

    public void Settle(SettlementContext context)
    {
        foreach (var terms in context.Contract.Corridors.Where(terms => terms.Years.Includes(context.Year)))
        {
            SettleTerms(context, terms);
        }
    }

    private static void SettleTerms(SettlementContext context, RiskCorridorTerms terms)
    {
        var year = context.Year;
        var rows = context.Actuals.Corridors.Where(actual => actual.Corridor == terms.Id && actual.Year.Number == year.Number);
        if (SingleActual.Find(context, rows, row => row.Source, $"Risk corridor '{terms.Id}'", "actual cost", terms.Source) is not { } actual)
        {
            return;
        }

        var (target, basis, source) = TargetOf(context, terms, actual);
        if (target is not { } resolved || resolved.Amount <= 0m)
        {
            context.Note($"Risk corridor '{terms.Id}' {year}: no positive target (give target in the actuals or the terms, or give {terms.Entity} a contract value); nothing settled.", actual.Source ?? terms.Source);
            return;
        }

        var calculation = CorridorCalculation.Compute(resolved, actual.ActualCost, terms.Bands, context.Rounding);
        var reason = Reason(terms, calculation);
        var explain = Explain(context, terms, actual, basis, source, calculation);
        if (calculation.Amount.IsZero)
        {
            context.Record(terms.Entity, terms.Payer, StatementElement.Corridor, reason, explain);
            context.Record(terms.Payer, terms.Entity, StatementElement.Corridor, reason, explain);
        }
        else if (calculation.CostAboveTarget)
        {
            context.Transfer(terms.Payer, terms.Entity, StatementElement.Corridor, calculation.Amount, reason, explain);
        }
        else
        {
            context.Transfer(terms.Entity, terms.Payer, StatementElement.Corridor, calculation.Amount, reason, explain);
        }
    }

    private static (Money? Target, string Basis, SourceRef? Source) TargetOf(SettlementContext context, RiskCorridorTerms terms, CorridorActual actual)
    {
        if (actual.Target is { } reported)
        {
            return (reported, "as reported in the actuals", actual.Source);
        }

        if (terms.Target is { } schedule)
        {
            return (schedule.For(context.Year), $"stated for {context.Year}", terms.Source);
        }

        return context.AllocationOf(terms.Entity) is { } allocation
            ? (allocation.ContractValue, $"{terms.Entity}'s contract value for {context.Year}", terms.Source)
            : (null, "none", terms.Source);
    }

    private static string Reason(RiskCorridorTerms terms, CorridorCalculation c)
    {
        var where = $"actual cost {c.ActualCost} is {c.RatioShown} of the target {c.Target}";
        if (c.Amount.IsZero)
        {
            return $"Risk corridor '{terms.Name}': {where}; nothing shared in this band";
        }

        var bands = string.Join(", ", c.Slices.Where(slice => !slice.Band.PayerShare.IsZero).Select(slice => $"{slice.Band.PayerShare} of {slice.Length} in {slice.BandLabel}"));
        return c.CostAboveTarget
            ? $"Risk corridor '{terms.Name}': {where}; the payer bears {bands}"
            : $"Risk corridor '{terms.Name}': {where}; the payer takes back {bands}";
    }

    private static Func<Explanation> Explain(SettlementContext context, RiskCorridorTerms terms, CorridorActual actual, string basis, SourceRef? targetSource, CorridorCalculation c) => () =>
    {
        var builder = new ExplanationBuilder("corridor", Formula)
            .Input("terms", $"{terms.Name} ({terms.Id}), {terms.Entity} settled with {terms.Payer}", terms.Source)
            .Input("target", $"{c.Target} ({basis})", targetSource)
            .Input("actual cost", c.ActualCost, actual.Source);
        foreach (var band in terms.Bands)
        {
            builder.Input($"band {(band.To is { } to ? $"{band.From}–{to}" : $"{band.From} and above")}", $"payer share {band.PayerShare}", band.Source ?? terms.Source);
        }

        builder
            .Step("actual cost ÷ target (shown to 4 places of a percent)", c.RatioShown)
            .Step(c.CostAboveTarget ? "gap above target" : "gap below target", $"{Money.Min(c.Target, c.ActualCost)} to {Money.Max(c.Target, c.ActualCost)}");
        foreach (var slice in c.Slices)
        {
            var edges = slice.BandTo is { } bandTo ? $"{slice.BandFrom} to {bandTo}" : $"{slice.BandFrom} and above";
            builder.Step(
                $"band {slice.BandLabel} ({edges}): {slice.Lower} to {slice.Upper} = {slice.Length} × payer share {slice.Band.PayerShare}",
                slice.ContributionShown);
        }

        return builder
            .Step("total before rounding", new Money(c.ExactTotal.ToDecimal(), c.Target.Currency))
            .Step(c.CostAboveTarget ? "paid by the payer to the entity" : "paid by the entity to the payer", c.Amount)
            .Rounded($"once, on the total, to the penny ({context.Rounding.ToSpecName()}); band edges and slices are exact")
            .Result(c.Amount);
    };
}
