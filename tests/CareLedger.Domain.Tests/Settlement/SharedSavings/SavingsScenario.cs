using CareLedger.Domain.Actuals;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Settlement;
using CareLedger.Domain.Settlement.Rules.SharedSavings;
using CareLedger.Domain.SharedSavings;
using CareLedger.TestSupport;

namespace CareLedger.Domain.Tests.Settlement.SharedSavings;

/// <summary>
/// An accountable-care entity ("aco") settled against a benchmark with its commissioner ("ccg"): the public MSSP
/// worked example by default — £500.00 per member per month, 125,000 member-months, 50% maximum sharing rate,
/// quality 100%, one-sided, no minimum savings rate, no cap, no withholding — changed one term at a time.
/// </summary>
internal static class SavingsScenario
{
    public static readonly SourceRef TermsSource = new("contract.yaml", "shared_savings[0]", 210, 5);

    public static readonly SourceRef ActualSource = new("actuals.csv", "benchmarks[1]", 2, 1);

    public static readonly Id<Party> Entity = Id<Party>.Of("aco");

    public static readonly Id<Party> Payer = Id<Party>.Of("ccg");

    public static readonly Id<SharedSavingsTerms> TermsId = Id<SharedSavingsTerms>.Of("mssp");

    public static SharedSavingsTerms Terms() => new(
        TermsId,
        "MSSP track",
        Entity,
        Payer,
        new Benchmark(Money.Gbp(500.00m), null),
        MinimumSavingsRate: Percentage.Zero,
        MinimumLossRate: null,
        MaxSharingRate: Percentage.FromPercent(50m),
        QualityAdjusted: true,
        SavingsCap: null,
        Loss: null,
        Withholding: Percentage.Zero,
        Years: YearSelector.All,
        Source: TermsSource);

    public static Contract Contract(params SharedSavingsTerms[] terms) => new ContractBuilder()
        .Term(2016, 4, 36)
        .Party("ccg", PartyRole.Commissioner)
        .Party("aco", PartyRole.Provider)
        .Cell("acute", "aco", 60_000_000.00m)
        .Build() with { SharedSavings = terms };

    public static ContractYear Year(Contract contract, int number) => contract.Term.Calendar.Years[number - 1];

    /// <summary>A year's expenditure for the default terms, quality 100% and 125,000 member-months unless given.</summary>
    public static BenchmarkActual Actual(Contract contract, decimal expenditure, int year = 1, decimal? memberMonths = 125_000m, decimal? quality = 100m, decimal? benchmark = null) => new(
        Year(contract, year),
        TermsId,
        Money.Gbp(expenditure),
        memberMonths,
        benchmark is { } amount ? Money.Gbp(amount) : null,
        quality is { } score ? Percentage.FromPercent(score) : null,
        ActualSource);

    /// <summary>Runs the shared-savings rule alone over one year-end, as the engine would.</summary>
    public static SettlementContext Settle(Contract contract, int year, params BenchmarkActual[] actuals) =>
        RuleHarness.SettleYearEnd(new SharedSavingsRule(), contract, ContractActuals.Empty with { Benchmarks = actuals }, year);

    public static StatementLine LineOf(SettlementContext context, Id<Party> party) =>
        Assert.Single(context.Lines, line => line.Party == party && line.Element == StatementElement.SharedSavings);
}
