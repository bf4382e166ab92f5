using CareLedger.Domain;
using CareLedger.Domain.Actuals;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.RiskReward;
using CareLedger.Domain.Scope;

namespace CareLedger.Benchmarks;

/// <summary>
/// A year to settle at the size the product must handle: the large contract (40 providers × 15 service lines) with
/// an 80-indicator outcomes framework, a volume mechanism on every line, patient choice among ten acute providers,
/// a risk/reward item, and twelve months of activity for every provider and line. Fixed seed: the same work each run.
/// </summary>
public static class LargeSettlement
{
    public static (Contract Contract, ContractActuals Actuals) Build()
    {
        var random = new Random(80_40_12);
        var contract = LargeContract.Build();
        var providers = contract.Parties.Where(party => party.IsPayable).Select(party => party.Id).ToArray();

        var outcomes = Enumerable.Range(0, 8).Select(o => new Outcome(
            Id<Outcome>.Of($"outcome-{o}"),
            $"Outcome {o}",
            Percentage.FromPercent(12.5m),
            Enumerable.Range(0, 10).Select(i => new Indicator(
                Id<Indicator>.Of($"indicator-{o}-{i}"),
                $"Indicator {o}.{i}",
                i % 3 == 0 ? IndicatorCategory.OutcomeMetric : IndicatorCategory.Planning,
                Percentage.FromPercent(1.25m),
                i % 3 == 0
                    ? new MetricMeasure(100m, YearSchedule<decimal>.Constant(90m), MetricDirection.LowerIsBetter, new LinearScoring(), "per 1,000")
                    : new MilestoneMeasure(Percentage.FromPercent(50m)))).ToArray())).ToArray();
        var framework = new OutcomesFramework(Id<OutcomesFramework>.Of("framework"), "Framework", outcomes);

        var everyLine = CellScope.Everything;
        var variable = new VariableElementTerms(YearSchedule<Percentage>.Constant(Percentage.FromPercent(3m)), [
            new VolumeMechanism(Id<VariableMechanism>.Of("volume"), "Activity against plan", everyLine, null, Percentage.FromPercent(75m), Percentage.FromPercent(50m), Percentage.FromPercent(2m), Limit.Of(Percentage.FromPercent(5m)), Limit.Of(Percentage.FromPercent(5m))),
            new PatientChoiceMechanism(Id<VariableMechanism>.Of("choice"), "Patient choice", new CellScope(new HashSet<Id<ServiceLine>> { contract.ServiceLines[0].Id }, null), providers.Take(10).ToArray(), Limit.Of(Percentage.FromPercent(2m)), Limit.Of(Percentage.FromPercent(1m)), Limit.Of(Percentage.FromPercent(1m))),
        ]);
        var participants = providers.Take(4).Select(id => new PartyShare(id, Share.FromFraction(1, 5))).Append(new PartyShare(Id<Party>.Of("ccg"), Share.FromFraction(1, 5))).ToArray();
        var side = new SharingSide(true, BandUnit.Money, [new SharingBand(0m, null, participants)], []);
        var item = new RiskRewardItem(Id<RiskRewardItem>.Of("acute"), "Acute activity", null, RiskMeasure.SpendAgainstPlan, everyLine, YearSchedule<Money>.Constant(Money.Gbp(50_000_000m)), new GatewayAnswers(true, true, true), true, participants, side, side);
        contract = contract with
        {
            Payment = contract.Payment with { Variable = variable },
            Frameworks = [framework],
            RiskReward = new RiskRewardAccount([item], null),
        };

        var year = contract.Term.Calendar.Years[1];
        var activity = new List<ActivityActual>();
        foreach (var month in year.Months())
        {
            foreach (var provider in providers)
            {
                foreach (var line in contract.ServiceLines)
                {
                    var planned = random.Next(50, 500);
                    activity.Add(new ActivityActual(month, provider, line.Id, planned, planned + random.Next(-40, 40), Money.Gbp(random.Next(200, 4000)), null, null));
                }
            }
        }

        var results = framework.Indicators.Select(indicator => indicator.Measure is MetricMeasure
                ? new IndicatorResult(year.AsPeriod(), indicator.Id, null, random.Next(85, 105), "extract")
                : new IndicatorResult(year.AsPeriod(), indicator.Id, (MilestoneStatus)random.Next(0, 3), null, "minutes"))
            .ToArray();
        var actuals = ContractActuals.Empty with
        {
            Activity = activity,
            Indicators = results,
            RiskItems = [new RiskItemActual(year, item.Id, null, Money.Gbp(51_234_567.89m))],
        };
        return (contract, actuals);
    }
}
