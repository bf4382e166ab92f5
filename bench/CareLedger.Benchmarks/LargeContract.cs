using CareLedger.Domain;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Periods;
using CareLedger.Domain.RiskReward;
using CareLedger.Domain.Scope;
using CareLedger.Domain.SharedSavings;

namespace CareLedger.Benchmarks;

/// <summary>
/// A contract the size of a large integrated-care system: 40 providers × 15 service lines (600 cells) over 10
/// years, with inflation, efficiency, a shift, growth, a top slice, pooled funding and every payment element.
/// Amounts come from a fixed seed so every run measures the same work.
/// </summary>
public static class LargeContract
{
    public static Contract Build(int providers = 40, int lines = 15, int years = 10)
    {
        var random = new Random(40_15_10);
        var parties = new List<Party>
        {
            new(Id<Party>.Of("ccg"), "CCG", new HashSet<PartyRole> { PartyRole.Commissioner }),
            new(Id<Party>.Of("council"), "Council", new HashSet<PartyRole> { PartyRole.LocalAuthority }),
        };
        var serviceLines = Enumerable.Range(0, lines)
            .Select(l => new ServiceLine(Id<ServiceLine>.Of($"line-{l}"), $"Service line {l}", true))
            .ToList();
        var cells = new List<BaselineCell>();
        for (var p = 0; p < providers; p++)
        {
            var provider = Id<Party>.Of($"provider-{p}");
            parties.Add(new Party(provider, $"Provider {p}", new HashSet<PartyRole> { PartyRole.Provider }));
            foreach (var line in serviceLines)
            {
                cells.Add(new BaselineCell(line.Id, provider, Money.Gbp(random.Next(100_000, 5_000_000) + (random.Next(0, 100) / 100m)), SpendBasis.BlockEstimate));
            }
        }

        var everything = CellScope.Everything;
        var adjustments = new List<BudgetAdjustment>
        {
            new RateAdjustment("Inflation", AdjustmentKind.Inflation, Percentage.FromPercent(2.1m), YearSelector.All, everything),
            new RateAdjustment("Efficiency", AdjustmentKind.Efficiency, Percentage.FromPercent(2m), YearSelector.All, everything),
            new RateAdjustment("Population growth", AdjustmentKind.PopulationGrowth, Percentage.FromPercent(0.8m), YearSelector.All, everything),
            new ShiftAdjustment("Acute to community", AmountOrRate.Of(Percentage.FromPercent(1.5m)), serviceLines[1].Id, Id<Party>.Of("provider-1"), YearSelector.All, new CellScope(new HashSet<Id<ServiceLine>> { serviceLines[0].Id }, null)),
        };
        var topSlices = new List<TopSlice>
        {
            new(Id<TopSlice>.Of("ooa"), "Out of area", TopSliceKind.OutOfArea, null, YearSchedule<Percentage>.Constant(Percentage.FromPercent(1.5m)), everything),
        };
        var payment = new PaymentTerms(
            new FixedElementTerms(null, InstalmentSchedule.Monthly),
            new VariableElementTerms(YearSchedule<Percentage>.Constant(Percentage.FromPercent(3m)), []),
            new OutcomeElementTerms(
                YearSchedule<Percentage>.Constant(Percentage.FromPercent(1.8m)),
                YearSchedule<Id<OutcomesFramework>>.Constant(Id<OutcomesFramework>.Of("framework")),
                OutcomeAggregation.AllOrNothing,
                Percentage.Hundred,
                new YearSchedule<OutcomePhase>(OutcomePhase.FullyAtRisk, new Dictionary<int, OutcomePhase>
                {
                    [1] = new(false, [Percentage.Hundred]),
                    [2] = new(true, [Percentage.FromPercent(25m), Percentage.FromPercent(50m), Percentage.FromPercent(75m), Percentage.Hundred]),
                })),
            [new ManagementFeeTerms(Id<Party>.Of("provider-0"), YearSchedule<Percentage>.Constant(Percentage.FromPercent(2.5m)), null, FeeBasis.WithinContractValue, null)],
            []);

        return new Contract(
            Id<Contract>.Of("large"),
            "Large contract",
            ContractModel.Alliance,
            Currency.Gbp,
            RoundingRule.HalfUp,
            new Term(new YearMonth(2016, 4), years * 12, 4, []),
            parties,
            new Funding(true, [new FundingShare(Id<Party>.Of("ccg"), Share.Parse("2/3")), new FundingShare(Id<Party>.Of("council"), Share.Parse("1/3"))]),
            null,
            serviceLines,
            [],
            topSlices,
            new Baseline(null, cells),
            adjustments,
            payment,
            Array.Empty<OutcomesFramework>(),
            new RiskRewardAccount([], null),
            Array.Empty<SharedSavingsTerms>(),
            Array.Empty<RiskCorridorTerms>());
    }
}
