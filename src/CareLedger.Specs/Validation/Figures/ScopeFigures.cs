using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;

namespace CareLedger.Specs.Validation.Figures;

/// <summary>The figures that build the budget: population, top slices, baseline spend and adjustments.</summary>
internal static class ScopeFigures
{
    public static void AddTo(FigureList figures, Contract contract, ContractValidationContext context)
    {
        if (contract.Population is { } population)
        {
            const string Owner = "the population";
            figures.Count(population, "size", Owner, "size", population.Size, FigureKind.PopulationSize);
            figures.Count(population, "weighted_size", Owner, "weighted size", population.WeightedSize, FigureKind.PopulationSize);
            foreach (var band in population.AgeBands)
            {
                figures.Count(band, "size", $"age band {band.Label}", "size", band.Size);
            }

            foreach (var cohort in population.Cohorts)
            {
                figures.Count(cohort, "size", "cohort " + Wording.Named(cohort.Id.Value, cohort.Name), "size", cohort.Size);
            }

            if (population.Tolerance is { } tolerance)
            {
                figures.Percent(tolerance, "band", "the growth tolerance", "band", tolerance.Band, FigureKind.Rate);
                figures.Amount(tolerance, "price_per_head", "the growth tolerance", "price per head", tolerance.PricePerHead);
            }
        }

        foreach (var slice in contract.TopSlices)
        {
            figures.Amounts(slice, "amount", Subjects.TopSlice(slice), "amount", slice.Amount);
            figures.Percents(slice, "rate", Subjects.TopSlice(slice), "rate", slice.Rate);
        }

        foreach (var cell in contract.Baseline.Cells)
        {
            figures.Amount(cell, "amount", Subjects.Cell(cell, context), "amount", cell.Amount);
        }

        foreach (var adjustment in contract.Adjustments)
        {
            var owner = Subjects.Adjustment(adjustment);
            switch (adjustment)
            {
                case AmountAdjustment amount:
                    figures.Amount(amount, "amount", owner, "amount", amount.Amount, FigureKind.SignedAmount);
                    break;
                case ShiftAdjustment shift:
                    figures.Amount(shift, "amount", owner, "amount moved", shift.Moved.Amount);
                    figures.Percent(shift, "rate", owner, "rate of the source cells moved", shift.Moved.Rate);
                    break;
                case VatAdjustment vat:
                    figures.Percent(vat, "rate", owner, "VAT rate", vat.Rate);
                    break;
                default:
                    // Rate adjustments are checked by AdjustmentRatesRule: their sign is meaningful.
                    break;
            }
        }
    }
}
