using BenchmarkDotNet.Attributes;
using CareLedger.Domain.Actuals;
using CareLedger.Domain.Allocation;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Settlement;

namespace CareLedger.Benchmarks;

/// <summary>
/// Settling a 40-provider, 80-indicator contract year of 12 months: the year-end settlement, which also settles the
/// twelve months to true them up. The budget and allocation are built once per contract, as a simulation would.
/// </summary>
[MemoryDiagnoser]
public class SettlementBenchmarks
{
    private BudgetPlan _plan = null!;
    private IReadOnlyList<YearAllocation> _allocations = null!;
    private ContractActuals _actuals = null!;
    private ContractPeriod _year = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (contract, actuals) = LargeSettlement.Build();
        _plan = BudgetEngine.Build(contract);
        _allocations = AllocationEngine.Allocate(_plan);
        _actuals = actuals;
        _year = contract.Term.Calendar.Years[1].AsPeriod();
        var check = SettlementEngine.Settle(_plan, _allocations, _actuals, _year);
        if (!check.AllChecksPassed)
        {
            throw new InvalidOperationException("The benchmark settlement does not reconcile: " + string.Join("; ", check.Checks.Where(c => !c.Passed).Select(c => c.Detail)));
        }
    }

    [Benchmark]
    public PeriodSettlement Settle_year_of_12_months() => SettlementEngine.Settle(_plan, _allocations, _actuals, _year);

    /// <summary>The same year for totals only, as a simulation settles it: no lines, reasons or explanations.</summary>
    [Benchmark]
    public PeriodTotals Settle_year_of_12_months_totals_only() => SettlementEngine.SettleTotals(_plan, _allocations, _actuals, _year);
}
