using CareLedger.Domain.Settlement;

namespace CareLedger.Application.Tests;

/// <summary>
/// The templates settle as their funding says: Staffordshire, Lambeth and Mid-Nottinghamshire are not pooled, so each
/// commissioner pays its own share of every provider's payments and none pays another; Salford is pooled, so its host
/// pays and the council contributes.
/// </summary>
public sealed class FundingTemplateTests
{
    [Theory]
    [InlineData("staffordshire-prime")]
    [InlineData("lambeth-alliance")]
    [InlineData("mid-notts-alliance")]
    public void Each_commissioner_of_an_unpooled_template_pays_its_own_share_of_every_fixed_instalment(string name)
    {
        var contract = TemplateCases.Contract(name);
        var funders = contract.Funding.Shares.Select(share => share.Funder).ToHashSet();
        Assert.False(contract.Funding.Pooled);

        foreach (var label in TemplateCases.Periods(name))
        {
            var settled = new Settlement.SettlementService().Settle(contract, TemplateCases.Actuals(name), label).Value!;
            var lines = settled.Statements.SelectMany(statement => statement.Lines).ToArray();

            // Commissioners move money between themselves only as named risk/reward participants (Mid-Notts's CCGs share
            // the non-elective over-spend that falls on the first funder listed).
            Assert.DoesNotContain(lines, line => funders.Contains(line.Party) && funders.Contains(line.Counterparty) && line.Element != StatementElement.RiskShare);
            Assert.DoesNotContain(lines, line => line.Reason.Contains("pooled budget", StringComparison.Ordinal));
            foreach (var provider in settled.Statements.Where(statement => !funders.Contains(statement.Party.Id)))
            {
                var fixedFrom = provider.Lines.Where(line => line.Element == StatementElement.Fixed && !line.OnAccount).Select(line => line.Counterparty).ToHashSet();
                Assert.True(fixedFrom.Count == 0 || fixedFrom.SetEquals(funders), $"{name} {label}: {provider.Party.Id}'s fixed element is paid by {string.Join(", ", fixedFrom)}");
            }

            Assert.True(settled.AllChecksPassed, $"{name} {label}");
        }
    }

    [Fact]
    public void Salfords_pooled_budget_is_paid_by_its_host_with_the_council_contributing()
    {
        var settled = new Settlement.SettlementService().Settle(TemplateCases.Contract("salford-pooled-alliance"), TemplateCases.Actuals("salford-pooled-alliance"), "2014/15-M01").Value!;

        var council = settled.Statements.Single(statement => statement.Party.Id.Value == "salford-city-council");
        Assert.All(council.Lines, line => Assert.Equal("salford-ccg", line.Counterparty.Value));
        Assert.All(council.Lines, line => Assert.StartsWith("Contribution to the pooled budget: 1/3 of", line.Reason, StringComparison.Ordinal));
        Assert.True(settled.AllChecksPassed);
    }
}
