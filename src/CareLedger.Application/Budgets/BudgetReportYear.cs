using CareLedger.Domain.Allocation;
using CareLedger.Domain.Budgets;

namespace CareLedger.Application.Budgets;

/// <summary>One contract year: its budget, built step by step, and how it is allocated to providers.</summary>
public sealed record BudgetReportYear(BudgetYear Budget, YearAllocation Allocation);
