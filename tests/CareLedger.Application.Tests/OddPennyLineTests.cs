using CareLedger.Domain.Settlement;

namespace CareLedger.Application.Tests;

/// <summary>
/// A statement line whose last penny the largest-remainder rule set, rather than the contract's rounding of its exact
/// share, says so: the case that misled a reader of Bedfordshire's 2015/16 risk share.
/// </summary>
public sealed class OddPennyLineTests
{
    [Fact]
    public void Bedfordshires_share_of_circles_surplus_says_where_the_odd_penny_went()
    {
        const string name = "bedfordshire-msk-prime";
        var settled = new Settlement.SettlementService().Settle(TemplateCases.Contract(name), TemplateCases.Actuals(name), "2015/16").Value!;

        // Circle's surplus beyond its first 5% is £765,161.25; half of it, £382,580.625, is £382,580.63 under half-up,
        // but the two halves must add to the slice: the largest-remainder rule gives Circle, listed first, the penny.
        var line = settled.Statements.Single(statement => statement.Party.Id.Value == "bedfordshire-ccg").Lines.Single(candidate => candidate.Element == StatementElement.RiskShare);
        Assert.Equal(382_580.62m, line.Amount.Amount);
        Assert.EndsWith(
            "£382,580.62 (£382,580.625 split by the largest-remainder rule; the odd penny went to Circle Clinical Services Ltd (consortium lead))",
            line.Reason,
            StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TemplateCases.Names), MemberType = typeof(TemplateCases))]
    public void A_line_that_mentions_the_largest_remainder_rule_names_where_the_odd_penny_went(string name)
    {
        foreach (var label in TemplateCases.Periods(name))
        {
            var settled = new Settlement.SettlementService().Settle(TemplateCases.Contract(name), TemplateCases.Actuals(name), label).Value!;
            foreach (var line in settled.Statements.SelectMany(statement => statement.Lines).Where(line => line.Reason.Contains("split by the largest-remainder rule;", StringComparison.Ordinal)))
            {
                Assert.Matches(@"£[\d,]+\.\d+…? split by the largest-remainder rule; the odd penn(y|ies) went to \S", line.Reason);
            }
        }
    }
}
