using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.RiskReward;
using CareLedger.Domain.Scope;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Tests.Validation.Builders;
using static CareLedger.TestSupport.ContractBuilder;
using static CareLedger.TestSupport.Values;

namespace CareLedger.Specs.Tests.Validation;

public class FigureTests
{
    [Fact]
    public void A_negative_baseline_amount_is_CL301_at_amount()
    {
        var contract = AValidContract().WithCell(CommunityCare, Hospital, -250_000m).BuildWithLocations();
        var cell = contract.Contract.Baseline.Cells[^1];

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.Negative);

        Assert.Equal(contract.At(cell, "amount"), diagnostic.Location);
        Assert.Equal(
            "the baseline cell for service line 'community' and provider 'city-hospital' (City Hospital NHS Trust) has a negative amount of -£250,000.00; "
            + "it cannot be below zero: write the amount as a positive figure, or zero.",
            diagnostic.Message);
    }

    [Fact]
    public void A_negative_top_slice_in_one_year_is_CL301_naming_the_year()
    {
        var contract = AValidContract()
            .With(contract => contract with { TopSlices = [contract.TopSlices[0] with { Amount = ByYear(Gbp(1_000_000m), (2, Gbp(-1_000_000m))) }] })
            .BuildWithLocations();

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.Negative);

        Assert.Equal(contract.At(contract.Contract.TopSlices[0], "amount"), diagnostic.Location);
        Assert.StartsWith("top slice 'ooa' (Out-of-area activity) has a negative amount of -£1,000,000.00 in 2017/18;", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_outcome_pot_share_is_CL301_at_share()
    {
        var contract = AValidContract().WithOutcomeShare(EveryYear(Pct("-2%"))).BuildWithLocations();

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.Negative);

        Assert.Equal(contract.At(contract.Contract.Payment.Outcome!, "share"), diagnostic.Location);
        Assert.StartsWith("the outcome element has a negative pot share of -2%; a share cannot be below 0%", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_cap_is_CL301_at_cap()
    {
        var contract = AValidContract()
            .WithRiskItem(item => item with { Loss = item.Loss with { Caps = [new ParticipantCap(IdOf<Party>(Community), Limit.Of(Gbp(-100_000m)))] } })
            .BuildWithLocations();
        var cap = contract.Contract.RiskReward.Items[0].Loss.Caps[0];

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.Negative);

        Assert.Equal(contract.At(cap, "cap"), diagnostic.Location);
        Assert.Contains("has a negative loss cap for 'community-health' (Community Health Trust) of -£100,000.00", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_population_size_is_CL301_at_size()
    {
        var contract = AValidContract().WithPopulation(population => population with { Size = -5, AgeBands = [] }).BuildWithLocations();

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.Negative);

        Assert.Equal(contract.At(contract.Contract.Population!, "size"), diagnostic.Location);
        Assert.Equal("the population has a negative size of -5; a number of people cannot be below zero.", diagnostic.Message);
    }

    [Fact]
    public void A_negative_indicator_weight_is_CL301_at_weight_beside_the_weight_totals()
    {
        var framework = MidNottsFramework.AsPublished();
        var endOfLife = framework.Outcomes[4];
        var changed = endOfLife with { Indicators = [.. endOfLife.Indicators.SkipLast(1), endOfLife.Indicators[^1] with { Weight = Pct("-4%") }] };
        var contract = AValidContract().UsingFramework(framework with { Outcomes = [.. framework.Outcomes.Take(4), changed, .. framework.Outcomes.Skip(5)] }).BuildWithLocations();
        var indicator = contract.Contract.Frameworks[0].Outcomes[4].Indicators[^1];

        var diagnostic = Findings.Exactly(contract.Validate(), DiagnosticCodes.Negative, 1)[0];

        Assert.Equal(contract.At(indicator, "weight"), diagnostic.Location);
        Assert.StartsWith("indicator 'eol-epaccs' (Roll out EPaCCS) has a negative weight of -4%", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_amount_over_100bn_is_CL302_suggesting_the_suffix_is_wrong()
    {
        var contract = AValidContract().WithCell(CommunityCare, Hospital, 150_000_000_000m).BuildWithLocations();
        var cell = contract.Contract.Baseline.Cells[^1];

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.Absurd);

        Assert.Equal(contract.At(cell, "amount"), diagnostic.Location);
        Assert.EndsWith("has amount £150,000,000,000.00, over £100bn, more than any contract of this kind holds; check the figure and its suffix (k, m or bn).", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_over_100_percent_is_CL302_at_the_share()
    {
        var contract = AValidContract()
            .WithRiskItem(item => item with { Loss = item.Loss with { Bands = [Band(0m, 2m, ShareOf(Ccg, "150%"), ShareOf(Hospital, "-50%")), Band(2m, null)] } })
            .BuildWithLocations();
        var share = contract.Contract.RiskReward.Items[0].Loss.Bands[0].Shares[0];

        var diagnostics = contract.Validate();

        var diagnostic = Findings.Exactly(diagnostics, DiagnosticCodes.Absurd, 1)[0];
        Assert.Equal(contract.At(share, "share"), diagnostic.Location);
        Assert.Contains("has loss band share for 'riverside-ccg' (Riverside CCG) 150%, over 100%", diagnostic.Message, StringComparison.Ordinal);
        Findings.Exactly(diagnostics, DiagnosticCodes.Negative, 1);
    }

    [Fact]
    public void An_outcome_weight_over_100_percent_is_CL302()
    {
        var framework = MidNottsFramework.AsPublished();
        var contract = AValidContract().UsingFramework(framework with { Outcomes = [framework.Outcomes[0] with { Weight = Pct("140%") }] }).BuildWithLocations();
        var outcome = contract.Contract.Frameworks[0].Outcomes[0];

        var diagnostic = Findings.Exactly(contract.Validate(), DiagnosticCodes.Absurd, 1)[0];

        Assert.Equal(contract.At(outcome, "weight"), diagnostic.Location);
        Assert.StartsWith("outcome 'diabetes' (Reduction in the prevalence of diabetes) has weight 140%, over 100%", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_population_of_zero_is_CL302_at_size()
    {
        var contract = AValidContract().WithPopulation(population => population with { Size = 0, AgeBands = [] }).BuildWithLocations();

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.Absurd);

        Assert.Equal(contract.At(contract.Contract.Population!, "size"), diagnostic.Location);
        Assert.StartsWith("the population has size 0, so there is nobody to budget for", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AdjustmentKind.Inflation, "25%")]
    [InlineData(AdjustmentKind.Growth, "21%")]
    [InlineData(AdjustmentKind.Efficiency, "-30%")]
    [InlineData(AdjustmentKind.Demography, "20.5%")]
    [InlineData(AdjustmentKind.PopulationGrowth, "-21%")]
    public void A_rate_beyond_20_percent_is_a_CL303_warning_at_rate(AdjustmentKind kind, string rate)
    {
        var contract = AValidContract().WithAdjustment(new RateAdjustment("Check me", kind, Pct(rate), YearSelector.All, CellScope.Everything)).BuildWithLocations();
        var adjustment = contract.Contract.Adjustments[^1];

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.Implausible);

        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(contract.At(adjustment, "rate"), diagnostic.Location);
        Assert.Contains($"has a rate of {rate} a year, beyond ±20%", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rate_of_exactly_20_percent_and_a_large_savings_rate_are_not_warned_about()
    {
        var contract = AValidContract()
            .WithAdjustment(new RateAdjustment("Big uplift", AdjustmentKind.Inflation, Pct("20%"), YearSelector.All, CellScope.Everything))
            .WithAdjustment(new RateAdjustment("QIPP", AdjustmentKind.Savings, Pct("30%"), YearSelector.All, CellScope.Everything))
            .BuildWithLocations();

        Findings.None(contract.Validate());
    }

    [Fact]
    public void The_warning_suggests_the_rate_a_slipped_decimal_point_would_give()
    {
        var contract = AValidContract().WithAdjustment(new RateAdjustment("Growth", AdjustmentKind.Growth, Pct("13%"), YearSelector.All, CellScope.Everything))
            .WithAdjustment(new RateAdjustment("Growth typo", AdjustmentKind.Growth, Pct("50%"), YearSelector.All, CellScope.Everything))
            .BuildWithLocations();

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.Implausible);

        Assert.EndsWith("check the figure (was 5% meant?).", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_growth_projection_beyond_20_percent_in_one_year_is_a_CL303_warning_naming_the_year()
    {
        var contract = AValidContract().WithPopulation(population => population with { GrowthProjection = ByYear(Pct("1%"), (2, Pct("25%"))) }).BuildWithLocations();

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.Implausible);

        Assert.Equal(contract.At(contract.Contract.Population!, "growth_projection"), diagnostic.Location);
        Assert.StartsWith("the population's growth projection is 25% a year in 2017/18, beyond ±20%", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_efficiency_of_100_percent_is_CL302_because_it_takes_the_whole_budget()
    {
        var contract = AValidContract().WithAdjustment(new RateAdjustment("Efficiency", AdjustmentKind.Efficiency, Pct("100%"), YearSelector.All, CellScope.Everything)).BuildWithLocations();

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.Absurd);

        Assert.Equal("adjustment 'Efficiency' (efficiency) has a rate of 100%, which would take away the whole budget or more; check the figure.", diagnostic.Message);
    }

    [Fact]
    public void A_negative_amount_adjustment_is_allowed_because_its_sign_means_something()
    {
        var contract = AValidContract()
            .WithAdjustment(new AmountAdjustment("Investment", AdjustmentKind.Savings, Gbp(-2_000_000m), YearSelector.All, new CellScope(Ids<ServiceLine>(CommunityCare), null)))
            .BuildWithLocations();

        Findings.None(contract.Validate());
    }
}
