using BenchmarkDotNet.Attributes;
using CareLedger.Domain.Allocation;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;

namespace CareLedger.Benchmarks;

/// <summary>Building and allocating a 40-provider × 15-line × 10-year contract: the unit of work a simulation repeats.</summary>
[MemoryDiagnoser]
public class BudgetBenchmarks
{
    private Contract _contract = null!;
    private BudgetPlan _plan = null!;

    [GlobalSetup]
    public void Setup()
    {
        _contract = LargeContract.Build();
        _plan = BudgetEngine.Build(_contract);
        // Touch the calendar once so the benchmark measures the engine, not the first-use cache.
        _ = _contract.Term.Calendar.Years;
    }

    [Benchmark]
    public BudgetPlan Build_budget() => BudgetEngine.Build(_contract);

    [Benchmark]
    public IReadOnlyList<YearAllocation> Allocate_budget() => AllocationEngine.Allocate(_plan);

    [Benchmark(Baseline = true)]
    public IReadOnlyList<YearAllocation> Build_and_allocate() => AllocationEngine.Allocate(BudgetEngine.Build(_contract));
}
