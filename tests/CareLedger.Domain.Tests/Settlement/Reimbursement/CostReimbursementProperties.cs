using CareLedger.Domain.Actuals;
using CareLedger.Domain.Allocation;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Scope;
using CareLedger.Domain.Settlement;
using CareLedger.TestSupport;

namespace CareLedger.Domain.Tests.Settlement.Reimbursement;

/// <summary>
/// Cost reimbursement over many random contracts and costs (seeded): the year pays the year's costs held at the cap,
/// in-year payments never pass the cap, and the months plus the year end pay exactly the year, every check passing.
/// </summary>
public sealed class CostReimbursementProperties
{
    private const int Cases = 60;
    private static readonly Id<ServiceLine> Housing = Id<ServiceLine>.Of("housing");

    [Fact]
    public void The_months_and_the_year_end_pay_the_years_costs_held_at_the_cap_and_never_more_in_year()
    {
        var random = new Random(2015);
        for (var i = 0; i < Cases; i++)
        {
            var (contract, actuals) = RandomCase(random);
            var plan = BudgetEngine.Build(contract);
            var allocations = AllocationEngine.Allocate(plan);
            var year = contract.Term.Calendar.Years[0];
            var yearEnd = SettlementEngine.Settle(plan, allocations, actuals, year.AsPeriod());
            Assert.True(yearEnd.AllChecksPassed, $"case {i}: " + string.Join("; ", yearEnd.Checks.Where(check => !check.Passed).Select(check => check.Detail)));
            var inYear = contract.Payment.Fixed.Instalments.Frequency == InstalmentFrequency.Monthly ? year.Months() : year.Quarters();
            var periods = inYear.Select(period => SettlementEngine.Settle(plan, allocations, actuals, period)).ToArray();

            foreach (var provider in allocations[0].Providers)
            {
                var budget = Assert.Single(provider.Reimbursed!);
                var costs = Money.Sum(actuals.AllowableCosts.Where(row => row.Provider == provider.Payee.Id).Select(row => row.Amount), Currency.Gbp);
                var expected = budget.Cap is { } cap ? Money.Min(costs, cap) : costs;
                var paid = Money.Zero(Currency.Gbp);
                foreach (var period in periods)
                {
                    paid += period.Statements.Where(statement => statement.Party.Id == provider.Payee.Id).Select(statement => statement.TotalOf(StatementElement.CostReimbursement)).FirstOrDefault(Money.Zero(Currency.Gbp));
                    Assert.True(budget.Cap is not { } bound || paid <= bound, $"case {i}, {provider.Payee.Id}: {paid} paid by {period.Period.Label}, over the cap {budget.Cap}");
                }

                var entitlement = Money.Sum(
                    yearEnd.StatementFor(provider.Payee.Id).Lines.Where(line => line.Element == StatementElement.CostReimbursement && !line.OnAccount).Select(line => line.Amount),
                    Currency.Gbp);
                var balance = yearEnd.StatementFor(provider.Payee.Id).TotalOf(StatementElement.CostReimbursement);
                Assert.Equal(expected, entitlement);
                Assert.Equal(expected, paid + balance);
            }
        }
    }

    private static (Contract Contract, ContractActuals Actuals) RandomCase(Random random)
    {
        var builder = new ContractBuilder()
            .Term(2016, 4, 12)
            .Rounding(random.Next(0, 2) == 0 ? RoundingRule.HalfUp : RoundingRule.HalfEven)
            .Party("ccg", PartyRole.Commissioner)
            .Party("council", PartyRole.LocalAuthority)
            .Funding("ccg", Share.FromFraction(random.Next(1, 9), 9))
            .Funding("council", Share.FromFraction(random.Next(1, 9), 7));
        var providers = random.Next(1, 4);
        for (var p = 0; p < providers; p++)
        {
            builder.Party($"p{p}", PartyRole.Provider)
                .Cell("housing", $"p{p}", random.Next(100_000, 5_000_000) + (random.Next(0, 100) / 100m))
                .Cell("beds", $"p{p}", random.Next(0, 3_000_000));
        }

        var cap = random.Next(0, 4) switch
        {
            0 => null,
            1 => Limit.Of(Money.Gbp(random.Next(50_000, 4_000_000))),
            _ => Limit.Of(Percentage.FromPercent(random.Next(80, 120) + (random.Next(0, 10) / 10m))),
        };
        var terms = new CostReimbursementTerms(Id<CostReimbursementTerms>.Of("at-cost"), "At cost", new CellScope(new HashSet<Id<ServiceLine>> { Housing }, null), YearSelector.All, cap);
        var frequency = random.Next(0, 2) == 0 ? InstalmentFrequency.Monthly : InstalmentFrequency.Quarterly;
        var contract = builder.WithPayment(new PaymentTerms(new FixedElementTerms(null, new InstalmentSchedule(frequency)), null, null, [], [], [terms])).Build();

        // Each provider reports by month, by quarter or once for the year, in pennies.
        var year = contract.Term.Calendar.Years[0];
        var costs = new List<AllowableCostActual>();
        for (var p = 0; p < providers; p++)
        {
            IReadOnlyList<ContractPeriod> periods = random.Next(0, 3) switch
            {
                0 => year.Months(),
                1 => year.Quarters(),
                _ => [year.AsPeriod()],
            };
            foreach (var period in periods)
            {
                var pennies = random.Next(0, 100_000_000 / periods.Count);
                costs.Add(new AllowableCostActual(period, Id<Party>.Of($"p{p}"), Housing, Money.Gbp(pennies / 100m)));
            }
        }

        return (contract, ContractActuals.Empty with { AllowableCosts = costs });
    }
}
