using CareLedger.Cli.Tests.Support;

namespace CareLedger.Cli.Tests.Commands;

/// <summary>
/// Inputs that crashed a command or were settled although wrong: each now ends in exit 1 with the problem printed in
/// the compiler format at the place it was written, and nothing computed from it.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private const string Contract = """
        careledger: 1
        contract:
          id: small
          name: Small contract
          model: alliance
          term: { start: 2016-04, years: 2 }
        parties:
          - { id: ccg, name: CCG, roles: [commissioner] }
          - { id: acute, name: Acute trust, roles: [provider] }
        service_lines:
          - { id: elective, name: Elective care }
        baseline:
          spend:
            - { service_line: elective, provider: acute, amount: £10m }
        payment:
          variable:
            share: 2%
            mechanisms:
              - { id: elective-volume, kind: volume, name: Elective volume, unit_price: £150, above_plan_rate: 75%, below_plan_rate: 50% }

        """;

    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Budget_prints_a_top_slice_larger_than_the_budget_as_an_error_at_its_amount_and_computes_nothing()
    {
        _cli.Directory.Write("small.yaml", Contract + "top_slices:\n  - { id: ooa, name: Out of area, kind: out-of-area, amount: £20m }\n");

        var result = _cli.Run("budget", "small.yaml");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.StartsWith("small.yaml:21:62: error CL304: Top slice 'ooa' (£20,000,000.00) is more than the cells it is taken from hold (£10,000,000.00)", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Settle_refuses_a_contract_whose_budget_goes_below_zero()
    {
        _cli.Directory.Write("small.yaml", Contract + "adjustments:\n  - { kind: savings, amount: £11m }\n");
        _cli.Directory.Write("actuals.yaml", "careledger_actuals: 1\ncontract: small\n");

        var result = _cli.Run("settle", "small.yaml", "--actuals", "actuals.yaml", "--period", "2016/17");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.StartsWith("small.yaml:21:30: error CL304: savings takes £11,000,000.00 from cells holding only £10,000,000.00", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_reports_forty_thousand_brackets_at_the_sixty_fifth_instead_of_overflowing_the_stack()
    {
        _cli.Directory.Write("deep.yaml", new string('[', 40_000));

        var result = _cli.Run("validate", "deep.yaml");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.StartsWith("deep.yaml:1:65: error CL001: YAML syntax error: lists and mappings are nested more than 64 deep", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Settle_reports_an_activity_count_beyond_its_limit_instead_of_overflowing()
    {
        _cli.Directory.Write("small.yaml", Contract);
        _cli.Directory.Write("actuals.yaml", "careledger_actuals: 1\ncontract: small\nactivity:\n  - { period: 2016/17-M01, provider: acute, service_line: elective, planned: 10, actual: 100000000000000 }\n");

        var result = _cli.Run("settle", "small.yaml", "--actuals", "actuals.yaml", "--period", "2016/17-M01");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.StartsWith("actuals.yaml:4:90: error CL302: activity[0].actual: 100000000000000 is more than a billion", result.Error, StringComparison.Ordinal);
    }
}
