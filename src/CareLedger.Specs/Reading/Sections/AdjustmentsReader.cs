using CareLedger.Domain;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Population;
using CareLedger.Domain.Scope;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading.Yaml;
using YamlDotNet.RepresentationModel;

namespace CareLedger.Specs.Reading.Sections;

/// <summary>
/// Reads <c>adjustments</c>, in order. The kind decides the shape: a rate or amount change, a shift of money to a
/// target cell, or VAT. An adjustment whose kind cannot be read is left out (nothing else can be built from it).
/// </summary>
internal static class AdjustmentsReader
{
    private const string Projection = "projection";

    // A rate or amount change is written with its kind's word; a shift and VAT are adjustments of their own.
    private static readonly Vocabulary<Form> Kinds = new(
        SpecWords.AdjustmentKind.Noun,
        (SpecWords.AdjustmentKind.WordFor(AdjustmentKind.Inflation), Form.Inflation),
        (SpecWords.AdjustmentKind.WordFor(AdjustmentKind.Efficiency), Form.Efficiency),
        (SpecWords.AdjustmentKind.WordFor(AdjustmentKind.PopulationGrowth), Form.PopulationGrowth),
        (SpecWords.AdjustmentKind.WordFor(AdjustmentKind.Demography), Form.Demography),
        (SpecWords.AdjustmentKind.WordFor(AdjustmentKind.Growth), Form.Growth),
        (SpecWords.AdjustmentKind.WordFor(AdjustmentKind.Savings), Form.Savings),
        (SpecWords.Shift, Form.Shift),
        (SpecWords.Vat, Form.Vat));

    private enum Form
    {
        Inflation,
        Efficiency,
        PopulationGrowth,
        Demography,
        Growth,
        Savings,
        Shift,
        Vat,
    }

    public static IReadOnlyList<BudgetAdjustment> Read(YamlMap root, PopulationDefinition? population)
    {
        var adjustments = new List<BudgetAdjustment>();
        foreach (var map in root.Maps("adjustments"))
        {
            var form = map.Required("kind", Kinds.Kind);
            var name = map.Text("name") ?? (form is { } named ? Kinds.WordFor(named) : string.Empty);
            var years = map.Years("to_year");
            var scope = map.Scope();
            switch (form)
            {
                case Form.Shift:
                    map.NotApplicable("funded", "only a vat adjustment can be unfunded");
                    adjustments.AddRange(ReadShift(map, name, years, scope));
                    break;
                case Form.Vat:
                    adjustments.Add(ReadVat(map, name, years, scope));
                    break;
                case { } rateForm:
                    map.NotApplicable("to", "only a shift moves money to a target cell (use 'to_year' to end the years selected)");
                    map.NotApplicable("funded", "only a vat adjustment can be unfunded");
                    adjustments.AddRange(ReadChange(map, KindOf(rateForm), name, years, scope, population));
                    break;
                default:
                    map.Know("rate", "amount", "to", "funded");
                    break;
            }

            map.Complete();
        }

        return adjustments;
    }

    private static List<BudgetAdjustment> ReadChange(
        YamlMap map, AdjustmentKind kind, string name, YearSelector years, CellScope scope, PopulationDefinition? population)
    {
        var key = map.EitherOf("rate", "amount", required: true);
        if (key == "amount")
        {
            var amount = map.Required("amount", Scalars.Amount) ?? Money.Zero(map.Context.Currency);
            return [Located(map, new AmountAdjustment(name, kind, amount, years, scope, map.Source))];
        }

        if (key == "rate" && map.Raw("rate") is YamlScalarNode { Value: Projection } projectionNode)
        {
            map.AddLocation("rate", projectionNode);
            if (kind == AdjustmentKind.PopulationGrowth)
            {
                return FromProjection(map, name, years, scope, population, projectionNode);
            }

            map.Context.Error(projectionNode, DiagnosticCodes.WrongType, $"{map.PathOf("rate")}: 'projection' is only for a population-growth adjustment; write a percentage such as 1.8%.");
            return [Located(map, new RateAdjustment(name, kind, Percentage.Zero, years, scope, map.Source))];
        }

        var rate = key == "rate" ? map.Required("rate", Scalars.Rate) : null;
        return [Located(map, new RateAdjustment(name, kind, rate ?? Percentage.Zero, years, scope, map.Source))];
    }

    /// <summary>
    /// <c>rate: projection</c> grows the budget by <c>population.growth_projection</c> each year. The domain holds
    /// one rate per adjustment, so this becomes one rate adjustment per distinct projected rate, each selecting the
    /// years with that rate. Year 1 is never selected: the population's size is stated at the start of year 1, so
    /// the projection (like <see cref="PopulationDefinition.ProjectedSize"/>) applies from year 2.
    /// </summary>
    private static List<BudgetAdjustment> FromProjection(
        YamlMap map, string name, YearSelector years, CellScope scope, PopulationDefinition? population, YamlNode node)
    {
        if (population?.GrowthProjection is not { } projection)
        {
            map.Context.Error(node, DiagnosticCodes.MissingRequired, $"{map.PathOf("rate")}: 'rate: projection' needs population.growth_projection, which is not given.");
            return [Located(map, new RateAdjustment(name, AdjustmentKind.PopulationGrowth, Percentage.Zero, years, scope, map.Source))];
        }

        var calendar = map.Context.Calendar;
        if (calendar is null)
        {
            return [];
        }

        var numbers = calendar.Years.Select(year => year.Number).Where(number => number >= 2 && (years.Numbers is null || years.Numbers.Contains(number)));
        var adjustments = numbers
            .GroupBy(number => projection.For(number))
            .Select(group => (BudgetAdjustment)Located(map, new RateAdjustment(name, AdjustmentKind.PopulationGrowth, group.Key, YearSelector.Only(group), scope, map.Source)))
            .ToList();
        return adjustments.Count > 0
            ? adjustments
            : [Located(map, new RateAdjustment(name, AdjustmentKind.PopulationGrowth, Percentage.Zero, YearSelector.Only([]), scope, map.Source))];
    }

    private static List<BudgetAdjustment> ReadShift(YamlMap map, string name, YearSelector years, CellScope scope)
    {
        var moved = ReadMoved(map);
        var target = map.Map("to", required: true);
        if (target is null)
        {
            return [];
        }

        var serviceLine = target.Required("service_line", Scalars.Id<ServiceLine>());
        var provider = target.Required("provider", Scalars.Id<Party>());
        target.Complete();
        if (serviceLine is not { } line || provider is not { } party)
        {
            return [];
        }

        var shift = new ShiftAdjustment(name, moved, line, party, years, scope, map.Source);
        target.Locate(shift);
        return [Located(map, shift)];
    }

    // Missing or unreadable, the problem is already reported; 0% keeps the shift (and the rest of the file) readable.
    private static AmountOrRate ReadMoved(YamlMap map) => map.EitherOf("rate", "amount", required: true) switch
    {
        "amount" when map.Required("amount", Scalars.Amount) is { } amount => AmountOrRate.Of(amount),
        "rate" when map.Required("rate", Scalars.Rate) is { } rate => AmountOrRate.Of(rate),
        _ => AmountOrRate.Of(Percentage.Zero),
    };

    private static VatAdjustment ReadVat(YamlMap map, string name, YearSelector years, CellScope scope)
    {
        map.NotApplicable("amount", "vat takes a rate only");
        map.NotApplicable("to", "only a shift moves money to a target cell (use 'to_year' to end the years selected)");
        var rate = map.Required("rate", Scalars.Rate) ?? Percentage.Zero;
        var funded = map.ValueOr("funded", Scalars.YesNo, true);
        return Located(map, new VatAdjustment(name, rate, funded, years, scope, map.Source));
    }

    private static T Located<T>(YamlMap map, T adjustment)
        where T : BudgetAdjustment
    {
        map.Locate(adjustment);
        return adjustment;
    }

    private static AdjustmentKind KindOf(Form form) => form switch
    {
        Form.Inflation => AdjustmentKind.Inflation,
        Form.Efficiency => AdjustmentKind.Efficiency,
        Form.PopulationGrowth => AdjustmentKind.PopulationGrowth,
        Form.Demography => AdjustmentKind.Demography,
        Form.Growth => AdjustmentKind.Growth,
        _ => AdjustmentKind.Savings,
    };
}
