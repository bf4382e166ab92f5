using CareLedger.Domain.Explaining;

namespace CareLedger.Application.Tests;

/// <summary>
/// Every figure in an explanation is shown as what it is: money with its symbol, a rate with %, and a plain number
/// only for a count. A step that printed <c>77975.0000</c> beside <c>£539,400.00</c> left the reader to guess which
/// was money and why it had four decimals.
/// </summary>
public sealed class ExplainedValueTests
{
    [Theory]
    [MemberData(nameof(TemplateCases.Names), MemberType = typeof(TemplateCases))]
    public void Numbers_in_explanations_are_whole_counts_and_amounts_are_money(string name)
    {
        foreach (var label in TemplateCases.Periods(name))
        {
            var settled = new Settlement.SettlementService().Settle(TemplateCases.Contract(name), TemplateCases.Actuals(name), label).Value!;
            var values = settled.Statements
                .SelectMany(statement => statement.Lines)
                .SelectMany(line => line.Explanation.Steps.Select(step => (step.Description, step.Value))
                    .Concat(line.Explanation.Inputs.Select(input => (Description: input.Name, input.Value))));
            foreach (var (description, value) in values)
            {
                if (value is ExplainedNumber number)
                {
                    Assert.True(decimal.Truncate(number.Value) == number.Value && number.Value.Scale == 0, $"{name} {label}: '{description}' shows the bare number {number}; money should be an amount, a count a whole number.");
                }
            }
        }
    }

    [Fact]
    public void Mid_notts_volume_steps_show_amounts_as_money_with_every_digit_they_have()
    {
        const string name = "mid-notts-alliance";
        var settled = new Settlement.SettlementService().Settle(TemplateCases.Contract(name), TemplateCases.Actuals(name), TemplateCases.Template(name).ActualsYear).Value!;
        var steps = settled.Statements.SelectMany(statement => statement.Lines)
            .Where(line => line.Explanation.Rule == "variable:volume")
            .SelectMany(line => line.Explanation.Steps)
            .Where(step => step.Description.StartsWith("dead-band", StringComparison.Ordinal) || step.Description.StartsWith("before cap", StringComparison.Ordinal))
            .Select(step => step.Value.ToString())
            .ToList();

        // 2% of a planned value in pounds and pence is exact to the penny or beyond; either way it reads as money.
        Assert.NotEmpty(steps);
        Assert.All(steps, text => Assert.Matches(@"-?£[\d,]+\.\d{2,}$", text));
    }
}
