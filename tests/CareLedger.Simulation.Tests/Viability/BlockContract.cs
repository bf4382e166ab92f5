using CareLedger.Domain.Contracts;
using CareLedger.Specs;

namespace CareLedger.Simulation.Tests.Viability;

/// <summary>
/// A three-year block contract worked by hand: one provider paid a fixed £10m a year (£30m over the term) in monthly
/// instalments, nothing variable, so its income at a term value V is V ÷ 3 a year whatever happens. Its cost of
/// delivery is £9.5m a year × (1 + ε), ε normal with mean 0 and sd 4%, drawn afresh each year: a normal cost against
/// a fixed value, whose viability has a closed form.
/// </summary>
internal static class BlockContract
{
    public const string Provider = "acute";

    public const double Value = 30_000_000, YearCost = 9_500_000, Sd = 0.04, Years = 3;

    public const string Yaml = """
        careledger: 1
        contract:
          id: block
          name: Block contract
          model: alliance
          term: { start: 2016-04, years: 3 }
        parties:
          - { id: ccg, name: CCG, roles: [commissioner] }
          - { id: acute, name: Acute trust, roles: [provider] }
        service_lines:
          - { id: community, name: Community care }
        baseline:
          spend:
            - { service_line: community, provider: acute, amount: £10m }
        payment:
          fixed: { instalments: monthly }

        """;

    public const string Scenario = """
        careledger_scenario: 1
        contract: block
        name: Normal costs against a fixed value
        costs:
          - { party: acute, amount: £9.5m, variation: { distribution: normal, mean: 0%, sd: 4% } }

        """;

    public static Contract Contract()
    {
        var loaded = ContractLoader.Load(Yaml, "block.yaml");
        return loaded.CanComputeBudget ? loaded.Contract! : throw new InvalidOperationException(string.Join('\n', loaded.Errors));
    }
}
