using CareLedger.Domain.Allocation;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Settlement;
using CareLedger.Specs.Actuals;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Tests.Hostile;

/// <summary>
/// Whatever figures a contract and its actuals hold, reading, validating, budgeting and settling them ends in a
/// result or in errors that each name their place, never in an exception: the largest values every limit accepts
/// are multiplied through the budget and every settlement mechanism, and a seeded run of random mixtures of
/// largest, beyond-the-limit and ordinary values checks the same across the whole space.
/// </summary>
public sealed class LargestValuesTests
{
    private const int Attempts = 400;

    [Fact]
    public void The_largest_values_every_limit_accepts_validate_and_settle_every_period_without_an_exception()
    {
        var (contractText, actualsText) = ExtremeFigures.Largest();

        var loaded = ContractLoader.Load(contractText, ExtremeFigures.ContractFile);
        Assert.False(loaded.HasErrors, string.Join(Environment.NewLine, loaded.Diagnostics));
        var actuals = ActualsLoader.Load(loaded.Contract!, actualsText, ExtremeFigures.ActualsFile);
        Assert.True(actuals.Actuals is not null, string.Join(Environment.NewLine, actuals.Diagnostics));

        Assert.Equal(4, SettleEveryPeriod(loaded.Contract!, actuals));
    }

    [Fact]
    public void Random_mixtures_of_largest_beyond_and_ordinary_values_end_in_a_result_or_located_errors()
    {
        var random = new Random(20160401);
        var settled = 0;
        var rejected = new List<string>();
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var (contractText, actualsText) = ExtremeFigures.Random(random);
            try
            {
                settled += Run(contractText, actualsText, attempt, rejected);
            }
            catch (Exception exception)
            {
                Assert.Fail($"Attempt {attempt} threw {exception}\n--- contract\n{contractText}\n--- actuals\n{actualsText}");
            }
        }

        // Enough runs reach settlement that the largest values are multiplied through it, not only rejected.
        var commonest = rejected.GroupBy(code => code).OrderByDescending(group => group.Count()).Select(group => $"{group.Key} × {group.Count()}");
        Assert.True(settled >= 80, $"only {settled} periods were settled; the errors were {string.Join(", ", commonest)}");
    }

    private static int Run(string contractText, string actualsText, int attempt, List<string> rejected)
    {
        var loaded = ContractLoader.Load(contractText, ExtremeFigures.ContractFile);
        AssertLocated(loaded.Diagnostics, attempt);
        rejected.AddRange(loaded.Errors.Select(error => error.Code));
        if (loaded.HasErrors)
        {
            return 0;
        }

        var plan = BudgetEngine.Build(loaded.Contract!);
        Assert.True(plan.Issues.Count == 0, $"Attempt {attempt}: budget issues validation did not report: {string.Join("; ", plan.Issues.Select(issue => issue.Message))}");
        AllocationEngine.Allocate(plan);
        var actuals = ActualsLoader.Load(loaded.Contract!, actualsText, ExtremeFigures.ActualsFile);
        AssertLocated(actuals.Diagnostics, attempt);
        rejected.AddRange(actuals.Diagnostics.Where(error => error.IsError).Select(error => "actuals " + error.Code));
        return actuals.Actuals is null ? 0 : SettleEveryPeriod(loaded.Contract!, actuals);
    }

    private static int SettleEveryPeriod(Contract contract, LoadedActuals actuals)
    {
        var settled = 0;
        foreach (var label in new[] { "2016/17", "2016/17-Q1", "2016/17-M01", "2017/18" })
        {
            if (contract.Term.Calendar.TryParse(label, out var period, out _))
            {
                SettlementEngine.Settle(contract, actuals.Actuals!, period!);
                settled++;
            }
        }

        return settled;
    }

    private static void AssertLocated(IReadOnlyList<Diagnostic> diagnostics, int attempt) =>
        Assert.All(diagnostics.Where(diagnostic => diagnostic.IsError), diagnostic => Assert.True(diagnostic.Location.Line > 0, $"Attempt {attempt}: {diagnostic} names no line"));
}
