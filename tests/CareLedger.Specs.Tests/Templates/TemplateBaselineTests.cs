using CareLedger.Domain.Periods;
using CareLedger.Specs.Templates;

namespace CareLedger.Specs.Tests.Templates;

/// <summary>Each template states the year its baseline was measured in as a year, and what the spend is in words.</summary>
public sealed class TemplateBaselineTests
{
    [Theory]
    [InlineData("bedfordshire-msk-prime", "2014-04", "2014/15", "Contract value")]
    [InlineData("cambs-older-people-prime-provider", "2015-04", "2015/16", "Contract baseline before QIPP")]
    [InlineData("lambeth-alliance", "2014-03", "2014/15", "Spend on rehabilitation services moving into the alliance")]
    [InlineData("mid-notts-alliance", "2016-04", "2016/17", "Shadow budget")]
    [InlineData("salford-pooled-alliance", "2014-10", "2014/15", "Pooled health and social care budget")]
    public void A_template_with_a_dated_baseline_reads_its_year_and_its_description(string name, string start, string label, string description)
    {
        var baseline = Contract(name).Baseline;

        Assert.Equal(new FinancialYear(YearMonth.Parse(start)), baseline.BaseYear);
        Assert.Equal(label, baseline.BaseYear!.Value.Label);
        Assert.StartsWith(description, baseline.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Lambeth_s_baseline_is_the_year_before_its_term()
    {
        var contract = Contract("lambeth-alliance");

        Assert.True(contract.Baseline.BaseYear < FinancialYear.Of(contract.Term.Calendar.Years[0]));
    }

    [Fact]
    public void Staffordshire_s_baseline_is_described_but_not_dated_because_the_seeds_do_not_date_it()
    {
        var baseline = Contract("staffordshire-prime").Baseline;

        Assert.Null(baseline.BaseYear);
        Assert.Equal("Current CCG spend on cancer and end-of-life care", baseline.Description);
    }

    private static Domain.Contracts.Contract Contract(string name)
    {
        var template = TemplateCatalog.Find(name) ?? throw new InvalidOperationException($"No template '{name}' in the catalogue.");
        return ContractLoader.Load(template.Yaml, template.Name + ".yaml").Contract
            ?? throw new InvalidOperationException($"Template '{name}' did not load.");
    }
}
