using CareLedger.Domain.Allocation;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Scope;
using CareLedger.TestSupport;

namespace CareLedger.Domain.Tests.Budgets;

/// <summary>
/// Invariants over many random contracts (seeded, so every run checks the same cases): money is neither created nor
/// lost by any step, and every split adds back to its whole to the penny.
/// </summary>
public sealed class BudgetConservationProperties
{
    private const int Cases = 300;

    [Fact]
    public void Every_budget_and_allocation_reconciles_to_the_penny()
    {
        var random = new Random(20161);
        for (var i = 0; i < Cases; i++)
        {
            var contract = RandomContract(random);
            var plan = BudgetEngine.Build(contract);
            foreach (var year in plan.Years)
            {
                AssertYearReconciles(contract, year, $"case {i}, {year.Year.Label}");
            }
        }
    }

    private static void AssertYearReconciles(Contract contract, BudgetYear year, string label)
    {
        var gbp = Currency.Gbp;
        var running = year.OpeningTotal;
        foreach (var step in year.Steps.Concat(year.TopSlices))
        {
            // Each step's total change is exactly the sum of its cell changes, and moves the running total by it.
            Assert.True(step.Change == Money.Sum(step.CellChanges.Select(change => change.Change), gbp), label);
            running += step.Change;
            Assert.True(running == step.TotalAfter, label);
            Assert.All(step.CellChanges, change => Assert.True(change.Change.IsWholeMinorUnits, label));
        }

        Assert.True(year.GrossBudget - year.TopSliceTotal == year.WholePopulationBudget, label);
        if (year.Funding.Count > 0)
        {
            Assert.True(year.GrossBudget == Money.Sum(year.Funding.Select(funding => funding.Amount), gbp), label);
        }

        var allocation = AllocationEngine.Allocate(contract, year);
        Assert.True(year.WholePopulationBudget == allocation.Total(gbp), label);
        foreach (var provider in allocation.Providers)
        {
            Assert.True(provider.ContractValue == Money.Sum(provider.Elements.Select(element => element.Amount), gbp), label);
            Assert.True(provider.ContractValue == Money.Sum(provider.ByServiceLine.Select(line => line.Amount), gbp), label);
            Assert.True(provider.Fixed.Amount == Money.Sum(provider.Instalments.Select(instalment => instalment.Amount), gbp), label);
            if (provider.Exposure is { } exposure)
            {
                Assert.True(provider.Outcome.Amount == exposure.Pot, label);
                Assert.True(exposure.AtRisk.Abs() <= exposure.Pot.Abs(), label);
            }
        }
    }

    private static Contract RandomContract(Random random)
    {
        var providers = random.Next(1, 6);
        var lines = random.Next(1, 5);
        var builder = new ContractBuilder()
            .Term(2015, random.Next(1, 13), random.Next(6, 61), yearStartMonth: random.Next(0, 2) == 0 ? 4 : null)
            .Rounding(random.Next(0, 2) == 0 ? RoundingRule.HalfUp : RoundingRule.HalfEven)
            .Party("ccg", PartyRole.Commissioner)
            .Party("council", PartyRole.LocalAuthority)
            .Funding("ccg", Share.FromFraction(random.Next(1, 10), 10))
            .Funding("council", Share.FromFraction(random.Next(1, 10), 7));
        for (var p = 0; p < providers; p++)
        {
            builder.Party($"p{p}", PartyRole.Provider);
            for (var l = 0; l < lines; l++)
            {
                if (random.Next(0, 4) > 0)
                {
                    builder.Cell($"line{l}", $"p{p}", random.Next(1, 5_000_000) * 100m + random.Next(0, 100) / 100m);
                }
            }
        }

        builder.Cell("line0", "p0", 1_000m);
        for (var a = random.Next(0, 5); a > 0; a--)
        {
            var kind = (AdjustmentKind)random.Next(0, 6);
            builder.Rate(kind, random.Next(-300, 900) / 100m, null, new CellScope(random.Next(0, 2) == 0 ? null : new HashSet<Id<ServiceLine>> { Id<ServiceLine>.Of("line0") }, null));
        }

        if (random.Next(0, 2) == 0)
        {
            builder.WithAdjustment(new ShiftAdjustment("shift", AmountOrRate.Of(Percentage.FromPercent(random.Next(1, 20))), Id<ServiceLine>.Of("line0"), Id<Party>.Of($"p{providers - 1}"), YearSelector.All, CellScope.Everything));
        }

        if (random.Next(0, 2) == 0)
        {
            builder.WithTopSlice(new TopSlice(Id<TopSlice>.Of("ooa"), "OOA", TopSliceKind.OutOfArea, null, YearSchedule<Percentage>.Constant(Percentage.FromPercent(random.Next(1, 30) / 10m)), CellScope.Everything));
        }

        builder.WithPayment(new PaymentTerms(
            new FixedElementTerms(null, new InstalmentSchedule((InstalmentFrequency)random.Next(0, 3))),
            new VariableElementTerms(YearSchedule<Percentage>.Constant(Percentage.FromPercent(random.Next(0, 500) / 100m)), []),
            new OutcomeElementTerms(
                YearSchedule<Percentage>.Constant(Percentage.FromPercent(random.Next(0, 2000) / 100m)),
                YearSchedule<Id<OutcomesFramework>>.Constant(Id<OutcomesFramework>.Of("f")),
                OutcomeAggregation.Proportional,
                Percentage.Hundred,
                YearSchedule<OutcomePhase>.Constant(new OutcomePhase(true, [Percentage.FromPercent(25m), Percentage.FromPercent(50m), Percentage.FromPercent(75m), Percentage.Hundred]))),
            [new ManagementFeeTerms(Id<Party>.Of("p0"), YearSchedule<Percentage>.Constant(Percentage.FromPercent(2.5m)), null, FeeBasis.WithinContractValue, null)],
            []));
        return builder.Build();
    }
}
