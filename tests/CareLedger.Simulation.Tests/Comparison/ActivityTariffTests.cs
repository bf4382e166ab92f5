using CareLedger.Domain.Contracts;
using CareLedger.Domain.Scenarios;
using CareLedger.Simulation.Comparison;
using CareLedger.Specs;
using CareLedger.Specs.Scenarios;

namespace CareLedger.Simulation.Tests.Comparison;

/// <summary>
/// The payment-by-activity baseline, worked by hand on a two-year contract: an acute trust with community care (£1m,
/// no activity in the scenario) and elective care (£2m), and an orthopaedic provider with elective care (£0.5m), all
/// paid as a fixed element. The scenario plans 1,000 elective spells a cell at £2,000, the price rising 2% a year.
/// </summary>
public sealed class ActivityTariffTests
{
    private const string ContractYaml = """
        careledger: 1
        contract:
          id: tariff-check
          name: Tariff check
          model: alliance
          term: { start: 2016-04, years: 2 }
        parties:
          - { id: ccg, name: CCG, roles: [commissioner] }
          - { id: acute, name: Acute trust, roles: [provider] }
          - { id: ortho, name: Orthopaedic provider, roles: [provider] }
        service_lines:
          - { id: community, name: Community care }
          - { id: elective, name: Elective care }
        baseline:
          spend:
            - { service_line: community, provider: acute, amount: £1m }
            - { service_line: elective, provider: acute, amount: £2m }
            - { service_line: elective, provider: ortho, amount: £0.5m }
        payment:
          fixed: { instalments: monthly }

        """;

    [Fact]
    public void Each_cell_is_paid_its_activity_at_its_price_and_a_cell_without_activity_its_budget()
    {
        var contract = Contract();
        var scenario = Scenario(contract, "5%", "");

        // Year 1, each elective cell: 1,000 × 1.05 = 1,050 spells × £2,000 = £2,100,000.
        // Year 2, the price is £2,000 × 1.02 = £2,040: 1,050 × £2,040 = £2,142,000.
        // The acute trust also has its community budget, £1m a year (no adjustments), having no activity to price.
        var result = Simulator.Simulate(contract, scenario, new SimulationOptions(200, 1, 1, PaymentBasis.ActivityTariff));

        var acute = result.Parties.Single(party => party.Party == "acute");
        var ortho = result.Parties.Single(party => party.Party == "ortho");
        var ccg = result.Parties.Single(party => party.Party == "ccg");
        Assert.Equal([3_100_000m, 3_142_000m], acute.Years.Select(year => year.Income.Min));
        Assert.Equal([2_100_000m, 2_142_000m], ortho.Years.Select(year => year.Income.Min));
        Assert.Equal(6_242_000m, acute.Term.Income.Max);
        Assert.Equal(4_242_000m, ortho.Term.Income.Max);

        // Conservation: the commissioner pays exactly what the providers are paid, £10,484,000.
        Assert.Equal(-10_484_000m, ccg.Term.Income.Min);
        Assert.Equal(-10_484_000m, ccg.Term.Income.Max);

        // No mechanism of the contract runs: no outcome, savings, corridor or cap figures.
        Assert.All(result.Parties.SelectMany(party => party.Years), year => Assert.Null(year.OutcomePaid));
    }

    [Fact]
    public void Activity_times_price_is_rounded_once_per_cell_and_year_half_away_from_zero()
    {
        var contract = Contract();
        var scenario = Scenario(contract, "0.1234%", "    unit_price: £1,234.57\n    planned: 333\n");

        // 333 × 1.001234 = 333.410922 spells × £1,234.57 = £411,619.12197… → £411,619.12 a cell in year 1.
        // Year 2 (price £1,234.57 × 1.02 = £1,259.2614 → £1,259.26): 333.410922 × £1,259.26 = £419,851.03763… → £419,851.04 (the third place rounds up).
        var result = Simulator.Simulate(contract, scenario, new SimulationOptions(50, 1, 1, PaymentBasis.ActivityTariff));

        var ortho = result.Parties.Single(party => party.Party == "ortho");
        Assert.Equal([411_619.12m, 419_851.04m], ortho.Years.Select(year => year.Income.Max));
    }

    [Fact]
    public void Paid_by_activity_the_commissioner_carries_the_activity_risk_that_a_fixed_budget_leaves_with_the_providers()
    {
        var contract = Contract();
        var costs = """
            costs:
              - { party: acute, amount: £3m, variation: 0% }
              - { party: ortho, amount: £0.5m, variation: 0% }

            """;
        var scenario = Scenario(contract, "{ distribution: normal, mean: 0%, sd: 10% }", "", costs);
        var comparison = ModelComparison.Compare([("tariff-check.yaml", "alliance", contract, scenario)], new SimulationOptions(4_000, 7, 2));

        var fixedBudget = comparison.Models[0];
        var tariff = comparison.Models[1];
        Assert.Equal(PaymentBasis.Contract, fixedBudget.Basis);
        Assert.Equal(ModelComparison.ActivityBaseline, tariff.Label);

        // Under the fixed element the commissioner pays £3.5m a year whatever happens: no spread, no risk.
        var ccgFixed = fixedBudget.Parties.Single(party => party.Party == "ccg");
        Assert.Equal(-7_000_000m, ccgFixed.Income.Min);
        Assert.Equal(-7_000_000m, ccgFixed.Income.Max);
        Assert.Equal(0, ccgFixed.RiskShare);

        // Paid by activity the commissioner's payment moves with elective volume, and the providers (fixed costs) see
        // the same movement in their surplus: the commissioner pays what both providers are paid, so its spread is at
        // least each provider's. Expected payment: 2 years × (2 × 1,000 × £2,000 + £1m) plus the year-2 price rise
        // of 2% on the elective part (£80,000): £10,080,000, within 3 standard errors.
        var ccgTariff = tariff.Parties.Single(party => party.Party == "ccg");
        Assert.InRange(-ccgTariff.Income.Mean.Value, 10_080_000m - (3 * ccgTariff.Income.Mean.StandardError!.Value), 10_080_000m + (3 * ccgTariff.Income.Mean.StandardError!.Value));
        Assert.True(ccgTariff.RiskShare > 0.3, $"the commissioner carries {ccgTariff.RiskShare:P1} of the spread");
        Assert.All(tariff.Parties.Where(party => party.Party != "ccg"), provider => Assert.True(ccgTariff.Spread >= provider.Spread));
        Assert.Equal(1.0, tariff.Parties.Sum(party => party.RiskShare), 9);

        // Under the fixed element the providers carry all the risk there is (their costs here are fixed, so none).
        Assert.All(fixedBudget.Parties, party => Assert.Equal(0m, party.Spread));
    }

    [Fact]
    public void Every_model_draws_the_same_runs()
    {
        var contract = Contract();
        var scenario = Scenario(contract, "{ distribution: normal, mean: 0%, sd: 10% }", "");
        var comparison = ModelComparison.Compare([("a.yaml", "alliance", contract, scenario), ("b.yaml", "alliance", contract, scenario)], new SimulationOptions(1_500, 11, 2));

        // The same contract twice gives the same figures to the penny: the models share their draws.
        Assert.Equal(comparison.Models[0].Parties, comparison.Models[1].Parties);
        Assert.Equal(3, comparison.Models.Count);
    }

    private static Contract Contract()
    {
        var loaded = ContractLoader.Load(ContractYaml, "tariff-check.yaml");
        return loaded.CanComputeBudget ? loaded.Contract! : throw new InvalidOperationException(string.Join('\n', loaded.Errors));
    }

    private static Scenario Scenario(Contract contract, string volume, string activity, string costs = "")
    {
        var text = $"""
            careledger_scenario: 1
            contract: tariff-check
            name: Elective volume
            activity:
              - service_line: elective
            {(activity.Length > 0 ? activity : "    planned: 1000\n    unit_price: £2,000\n")}    price_growth: 2%
                volume: {volume}
            {costs}
            """;
        var loaded = ScenarioLoader.Load(contract, text, "tariff.scenario.yaml");
        return loaded.Scenario ?? throw new InvalidOperationException(string.Join('\n', loaded.Diagnostics));
    }
}
