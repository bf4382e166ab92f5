using CareLedger.Domain;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Population;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Validation.Rules;

/// <summary>
/// CL303 (warning): an inflation, growth, efficiency, demography or population-growth rate beyond ±20% a year is
/// possible but far outside what the seed contracts use (1.3% growth, 2% efficiency), so it is worth a second look.
/// CL302: a rate that would take away the whole budget or more (an efficiency of 100%) cannot be meant, nor one that
/// more than doubles it, or the population, in a year (<see cref="Limits.YearlyChangePercent"/>).
/// </summary>
internal sealed class AdjustmentRatesRule : IContractRule
{
    private static readonly Percentage Plausible = Percentage.FromPercent(20m);

    private static readonly Percentage MostInAYear = Percentage.FromPercent(Limits.YearlyChangePercent);

    public void Check(ContractValidationContext context)
    {
        var projection = context.Contract.Population?.GrowthProjection;
        foreach (var adjustment in context.Contract.Adjustments.OfType<RateAdjustment>().Where(adjustment => !FollowsProjection(adjustment, projection)))
        {
            var rate = adjustment.Rate;
            if (rate * adjustment.Kind.Direction() <= -Percentage.Hundred)
            {
                context.Error(
                    context.Locate(adjustment, "rate"),
                    DiagnosticCodes.Absurd,
                    $"{Subjects.Adjustment(adjustment)} has a rate of {rate}, which would take away the whole budget or more; check the figure.");
            }
            else if (rate * adjustment.Kind.Direction() > MostInAYear)
            {
                context.Error(
                    context.Locate(adjustment, "rate"),
                    DiagnosticCodes.Absurd,
                    $"{Subjects.Adjustment(adjustment)} has a rate of {rate} a year, which would more than double the budget each year it applies; {Advice(rate)}.");
            }
            else if (adjustment.Kind != AdjustmentKind.Savings && Beyond(rate))
            {
                context.Warning(
                    context.Locate(adjustment, "rate"),
                    DiagnosticCodes.Implausible,
                    $"{Subjects.Adjustment(adjustment)} has a rate of {rate} a year, beyond ±20%; {Advice(rate)}.");
            }
        }

        if (context.Contract.Population is { GrowthProjection: { } growth } population)
        {
            ReportProjectionBeyondLimit(context, population, growth);
            foreach (var value in ScheduledValue<Percentage>.Of(growth, context).Where(value => Beyond(value.Value)))
            {
                if (value.Value > MostInAYear || value.Value <= -Percentage.Hundred)
                {
                    context.Error(
                        context.Locate(population, "growth_projection"),
                        DiagnosticCodes.Absurd,
                        $"the population's growth projection is {value.Value} a year{Wording.InYear(value.YearLabel)}, beyond -100% to +100%, so no population could follow it; {Advice(value.Value)}.");
                    continue;
                }

                context.Warning(
                    context.Locate(population, "growth_projection"),
                    DiagnosticCodes.Implausible,
                    $"the population's growth projection is {value.Value} a year{Wording.InYear(value.YearLabel)}, beyond ±20%; {Advice(value.Value)}.");
            }
        }
    }

    /// <summary>
    /// A population-growth adjustment written <c>rate: projection</c> is read as the projection's rate for the years
    /// it selects; its figure is the projection's, reported once there rather than again here.
    /// </summary>
    private static bool FollowsProjection(RateAdjustment adjustment, YearSchedule<Percentage>? projection) =>
        adjustment.Kind == AdjustmentKind.PopulationGrowth
        && projection is not null
        && adjustment.Years.Numbers is { Count: > 0 } years
        && years.All(year => projection.For(year) == adjustment.Rate);

    // The projection compounds year on year; past the people any contract covers it is a slip, and far past it
    // would be more people than can be counted.
    private static void ReportProjectionBeyondLimit(ContractValidationContext context, PopulationDefinition population, YearSchedule<Percentage> growth)
    {
        decimal heads = population.Size;
        for (var number = 2; number <= context.YearCount; number++)
        {
            heads = decimal.Round(heads * (1m + growth.For(number).Fraction), 0, MidpointRounding.AwayFromZero);
            if (heads > Limits.People)
            {
                context.Error(
                    context.Locate(population, "growth_projection"),
                    DiagnosticCodes.Absurd,
                    $"the population's growth projection takes it from {Wording.Number(population.Size)} to {Wording.Number(heads)} people by {context.YearLabel(number)}, "
                    + "more than 100 million, more than any population a contract of this kind covers; check the rates and the size.");
                return;
            }
        }
    }

    private static bool Beyond(Percentage rate) => rate > Plausible || rate < -Plausible;

    private static string Advice(Percentage rate)
    {
        var tenth = Percentage.FromPercent(rate.Value / 10m);
        return $"rates like this are usually a few percent a year: check the figure (was {tenth} meant?)";
    }
}
