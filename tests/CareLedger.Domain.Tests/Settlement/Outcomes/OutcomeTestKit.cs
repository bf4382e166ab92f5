using CareLedger.Domain.Actuals;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Settlement;
using CareLedger.Domain.Settlement.Rules.Outcomes;
using CareLedger.TestSupport;

namespace CareLedger.Domain.Tests.Settlement.Outcomes;

/// <summary>Settles the outcome rule alone for one contract year, and builds frameworks and results for the tests.</summary>
internal static class OutcomeTestKit
{
    public static Percentage Pct(decimal percent) => Percentage.FromPercent(percent);

    public static Money Gbp(decimal amount) => Money.Gbp(amount);

    /// <summary>Runs <see cref="OutcomeRule"/> on year <paramref name="yearIndex"/> (0 = first) and returns the context.</summary>
    public static SettlementContext Settle(Contract contract, int yearIndex, ContractActuals actuals) =>
        RuleHarness.SettleYearEnd(new OutcomeRule(), contract, actuals, yearIndex + 1);

    public static ContractActuals Reported(params IndicatorResult[] results) => ContractActuals.Empty with { Indicators = results };

    public static ContractYear Year(Contract contract, int yearIndex) => BudgetEngine.Build(contract).Years[yearIndex].Year;

    /// <summary>Quarter 1–4 of a year.</summary>
    public static ContractPeriod Quarter(ContractYear year, int number) => year.Quarters().Single(quarter => quarter.Number == number);

    public static IndicatorResult Milestone(string indicator, ContractPeriod period, MilestoneStatus status, string evidence = "board minutes") =>
        new(period, Id<Indicator>.Of(indicator), status, null, evidence, SourceFor(indicator, period));

    public static IndicatorResult Metric(string indicator, ContractPeriod period, decimal value, string evidence = "data extract") =>
        new(period, Id<Indicator>.Of(indicator), null, value, evidence, SourceFor(indicator, period));

    public static SourceRef SourceFor(string indicator, ContractPeriod period) =>
        new("actuals.yaml", $"indicators[{indicator}, {period.Label}]", 0, 0);

    public static Indicator MilestoneIndicator(string id, decimal weight, decimal partCredit = 50m) =>
        new(Id<Indicator>.Of(id), id, IndicatorCategory.ImplementationAndReview, Pct(weight), new MilestoneMeasure(Pct(partCredit)));

    public static Indicator MetricIndicator(
        string id,
        decimal weight,
        decimal baseline,
        decimal target,
        MetricDirection direction,
        ScoringRule scoring,
        IReadOnlyDictionary<int, decimal>? targetByYear = null) =>
        new(Id<Indicator>.Of(id), id, IndicatorCategory.OutcomeMetric, Pct(weight),
            new MetricMeasure(baseline, new YearSchedule<decimal>(target, targetByYear), direction, scoring, null));

    public static Outcome Outcome(string id, decimal weight, params Indicator[] indicators) =>
        new(Id<Outcome>.Of(id), id, Pct(weight), indicators);

    public static BandedScoring Bands(params (decimal From, decimal Score)[] bands) =>
        new(bands.Select(band => new ScoreBand(Pct(band.From), Pct(band.Score))).ToArray());

    /// <summary>The outcome lines on one party's statement: a provider's own line, or the host's mirrors.</summary>
    public static StatementLine[] OutcomeLines(SettlementContext context, string party) =>
        context.Lines.Where(line => line.Party == Id<Party>.Of(party) && line.Element == StatementElement.Outcome).ToArray();

    /// <summary>The single outcome line on a provider's statement.</summary>
    public static StatementLine LineOf(SettlementContext context, string provider) => Assert.Single(OutcomeLines(context, provider));

    /// <summary>The host's mirror of a provider's line.</summary>
    public static StatementLine MirrorOf(SettlementContext context, string host, string provider) =>
        Assert.Single(OutcomeLines(context, host), line => line.Counterparty == Id<Party>.Of(provider));
}
