using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Tests.Validation.Builders;
using static CareLedger.Specs.Tests.Hostile.SmallContract;

namespace CareLedger.Specs.Tests.Validation;

/// <summary>
/// What only computing the budget shows is an error at the term that causes it (CL304), so a contract whose budget
/// goes below zero can never be settled: top slices, savings and shifts that take more than their cells hold, a
/// shift with nothing to move, a fee that leaves a provider a negative fixed element. The small contract's budget is
/// £15m (£10m elective, £5m community) plus 2% inflation a year.
/// </summary>
public sealed class BudgetRuleTests
{
    [Fact]
    public void A_top_slice_larger_than_the_budget_is_an_error_at_its_amount()
    {
        var yaml = Valid + "top_slices:\n  - { id: ooa, name: Out of area, kind: out-of-area, amount: £20m }\n";

        var diagnostic = Only(yaml, DiagnosticCodes.BudgetBelowZero);

        AssertAt(diagnostic, yaml, "id: ooa", "£20m");
        Assert.Equal("top_slices[0].amount", diagnostic.Path.ToString());
        Assert.Equal(
            "Top slice 'ooa' (£20,000,000.00) is more than the cells it is taken from hold (£15,300,000.00) (in 2016/17 and 2017/18); "
            + "the budget would go below zero and providers would pay back their fixed element, so reduce it or widen the cells it is taken from.",
            diagnostic.Message);
    }

    [Fact]
    public void A_top_slice_as_large_as_the_budget_leaves_nothing_but_takes_nothing_that_is_not_there() =>
        Assert.DoesNotContain(
            ContractLoader.Load(Valid.Replace("rate: 2%", "rate: 0%", StringComparison.Ordinal) + "top_slices:\n  - { id: ooa, name: Out of area, kind: out-of-area, amount: £15m }\n", FileName).Diagnostics,
            diagnostic => diagnostic.IsError);

    [Fact]
    public void A_saving_larger_than_the_cells_it_applies_to_is_an_error_at_its_amount()
    {
        var yaml = With("  - { kind: inflation, rate: 2% }", "  - { kind: inflation, rate: 2% }\n  - { kind: savings, amount: £6m, service_lines: [community], years: 2017/18 }");

        var diagnostic = Only(yaml, DiagnosticCodes.BudgetBelowZero);

        AssertAt(diagnostic, yaml, "kind: savings", "£6m");
        Assert.StartsWith("savings takes £6,000,000.00 from cells holding only £5,202,000.00 (in 2017/18)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shift_larger_than_its_source_cells_is_an_error_at_its_amount()
    {
        var yaml = With("  - { kind: inflation, rate: 2% }", "  - { kind: inflation, rate: 2% }\n  - { kind: shift, amount: £8m, service_lines: [community], to: { service_line: elective, provider: acute } }");

        var diagnostic = Only(yaml, DiagnosticCodes.BudgetBelowZero);

        AssertAt(diagnostic, yaml, "kind: shift", "£8m");
        Assert.StartsWith("shift moves £8,000,000.00 but its source cells hold only £5,100,000.00", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shift_with_no_source_cells_is_an_error_at_the_cells_it_names()
    {
        // The target never counts as a source, so a shift from a cell to itself has nothing to move.
        var yaml = With(
            "  - { kind: inflation, rate: 2% }",
            "  - { kind: inflation, rate: 2% }\n  - { kind: shift, rate: 10%, service_lines: [community], to: { service_line: community, provider: acute } }");

        var diagnostic = Only(yaml, DiagnosticCodes.BudgetBelowZero);

        AssertAt(diagnostic, yaml, "kind: shift", "[community]");
        Assert.Contains("has no source cells in this year, so nothing was moved (in 2016/17 and 2017/18); name source cells", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_management_fee_larger_than_the_contract_value_is_an_error_at_the_fee()
    {
        var yaml = With("  fixed: { instalments: monthly }", "  fixed: { instalments: monthly }\n  management_fee: { payee: acute, amount: £20m }");

        var diagnostic = Only(yaml, DiagnosticCodes.BudgetBelowZero);

        AssertAt(diagnostic, yaml, "management_fee:", "£20m");
        Assert.Contains("leaving a fixed element of", diagnostic.Message, StringComparison.Ordinal);
        Assert.EndsWith("providers would pay back their fixed element, so reduce the fee or the other elements' shares.", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_budget_is_computed_only_once_the_contract_has_no_other_error()
    {
        var yaml = Valid.Replace("name: Acute trust", "name: ''", StringComparison.Ordinal) + "top_slices:\n  - { id: ooa, name: Out of area, kind: out-of-area, amount: £20m }\n";

        var diagnostic = Assert.Single(ContractLoader.Load(yaml, FileName).Diagnostics);

        Assert.Equal(DiagnosticCodes.MissingRequired, diagnostic.Code);
    }

    [Fact]
    public void A_contract_whose_budget_goes_below_zero_cannot_have_its_budget_computed()
    {
        var loaded = ContractLoader.Load(Valid + "top_slices:\n  - { id: ooa, name: Out of area, kind: out-of-area, amount: £20m }\n", FileName);

        Assert.False(loaded.CanComputeBudget);
    }

    private static Diagnostic Only(string yaml, string code) => Findings.Only(ContractLoader.Load(yaml, FileName).Diagnostics, code);

    private static void AssertAt(Diagnostic diagnostic, string yaml, string line, string value)
    {
        var (expectedLine, expectedColumn) = PositionOf(yaml, line, value);
        Assert.Equal((FileName, expectedLine, expectedColumn), (diagnostic.Location.File, diagnostic.Location.Line, diagnostic.Location.Column));
    }
}
