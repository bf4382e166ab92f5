using CareLedger.Domain;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Population;
using CareLedger.Domain.RiskReward;
using CareLedger.Domain.Scope;
using CareLedger.Specs.Templates;

namespace CareLedger.Specs.Tests.Templates;

/// <summary>
/// The six seed-site templates: each ships as a resource, loads through the same path as a user's file, marks its
/// assumptions, cites its sources and carries the figures the seeds give.
/// </summary>
public sealed class TemplateTests
{
    private const string MidNotts = "mid-notts-alliance";
    private const string Bedfordshire = "bedfordshire-msk-prime";
    private const string Cambridgeshire = "cambs-older-people-prime-provider";
    private const string Salford = "salford-pooled-alliance";
    private const string Lambeth = "lambeth-alliance";
    private const string Staffordshire = "staffordshire-prime";
    private const string MidNottsAsPublished = "mid-notts-alliance-as-published";

    private static readonly string[] Names = [MidNotts, Bedfordshire, Cambridgeshire, Salford, Lambeth, Staffordshire];

    public static TheoryData<string> AllTemplates => new(Names);

    public static TheoryData<string> TemplatesWithoutFindings => new(Names);

    [Theory]
    [MemberData(nameof(AllTemplates))]
    public void Every_catalogue_entry_has_an_embedded_resource(string name)
    {
        var resources = typeof(TemplateCatalog).Assembly.GetManifestResourceNames();

        Assert.Contains($"CareLedger.Specs.Templates.{name}.yaml", resources);
        Assert.False(string.IsNullOrWhiteSpace(Template(name).Yaml));
    }

    [Fact]
    public void The_catalogue_lists_the_six_seed_sites_and_every_template_resource_is_in_it()
    {
        const string Prefix = "CareLedger.Specs.Templates.";
        var resources = typeof(TemplateCatalog).Assembly.GetManifestResourceNames()
            .Where(resource => resource.StartsWith(Prefix, StringComparison.Ordinal) && resource.EndsWith(".yaml", StringComparison.Ordinal))
            .Where(resource => !resource.EndsWith(".actuals.yaml", StringComparison.Ordinal)) // each template's example actuals (tested in Actuals/)
            .Where(resource => !resource.EndsWith(".scenario.yaml", StringComparison.Ordinal)) // scenarios (tested in CareLedger.Simulation.Tests)
            .Select(resource => resource[Prefix.Length..^".yaml".Length])
            .Order(StringComparer.Ordinal);

        Assert.Equal(Names, TemplateCatalog.All.Select(template => template.Name));
        Assert.Equal(Names.Append(MidNottsAsPublished).Order(StringComparer.Ordinal), resources);
    }

    [Theory]
    [MemberData(nameof(AllTemplates))]
    public void Every_template_starts_with_a_header_comment(string name) =>
        Assert.StartsWith("# ", Template(name).Yaml, StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(AllTemplates))]
    public void Every_template_marks_at_least_one_assumption_and_cites_a_seed(string name)
    {
        var yaml = Template(name).Yaml;

        Assert.Matches(@"(?m)^\s*# ASSUMPTION: \S", yaml);
        Assert.Matches(@"\(seed 00[0-4]\)", yaml);
    }

    [Theory]
    [MemberData(nameof(TemplatesWithoutFindings))]
    public void Each_template_loads_through_the_contract_loader_without_errors(string name)
    {
        var loaded = Load(name);

        Assert.NotNull(loaded.Contract);
        Assert.False(loaded.HasErrors, string.Join(Environment.NewLine, loaded.Errors));
    }

    [Fact]
    public void Bedfordshire_is_a_five_year_prime_contract_from_april_2014_paying_95_percent_fixed()
    {
        var contract = LoadContract(Bedfordshire);
        var circle = Id<Party>.Of("circle");

        Assert.Equal(ContractModel.PrimeContractor, contract.Model);
        Assert.Equal(new YearMonth(2014, 4), contract.Term.Start);
        Assert.Equal(60, contract.Term.Months);
        Assert.Equal(Percent("95%"), contract.Payment.Fixed.Share);

        var fee = Assert.Single(contract.Payment.ManagementFees);
        Assert.Equal(circle, fee.Payee);
        Assert.Equal(FeeBasis.WithinContractValue, fee.Basis);
        Assert.NotNull(fee.Rate);
        Assert.Equal(Percent("2.5%"), fee.Rate.For(1));

        Assert.Equal(3, contract.Exclusions.Count);
    }

    [Fact]
    public void Bedfordshire_spends_26_5_million_in_year_one_all_paid_to_circle_and_grows_1_3_percent_from_year_two()
    {
        var contract = LoadContract(Bedfordshire);
        var years = contract.Term.Calendar.Years;
        var baseline = BaselineTotal(contract);

        Assert.Equal(Money.Gbp(26_500_000.00m), baseline);
        Assert.All(contract.Baseline.Cells, cell => Assert.Equal(Id<Party>.Of("circle"), contract.PayeeFor(cell.Provider)));

        var growth = Assert.Single(contract.Adjustments.OfType<RateAdjustment>(), adjustment => adjustment.Kind == AdjustmentKind.Growth);
        Assert.Equal(Percent("1.3%"), growth.Rate);
        Assert.False(growth.Years.Includes(years[0]));
        Assert.All(years.Skip(1), year => Assert.True(growth.Years.Includes(year)));
        Assert.Equal(Money.Gbp(26_844_500.00m), baseline + (baseline * growth.Rate).Round(contract.Rounding));
    }

    [Fact]
    public void Bedfordshire_puts_2_5_percent_at_risk_per_indicator_measured_in_year_one_and_ramped_by_quarter_in_year_two()
    {
        var contract = LoadContract(Bedfordshire);
        var outcome = contract.Payment.Outcome;

        Assert.NotNull(outcome);
        Assert.All(Enumerable.Range(1, 5), year => Assert.Equal(Percent("2.5%"), outcome.PotShare.For(year)));
        Assert.Equal(OutcomeAggregation.PerIndicator, outcome.Aggregation);
        Assert.False(outcome.Phasing.For(1).Applied);
        Assert.True(outcome.Phasing.For(2).Applied);
        Assert.Equal(Percents("25%", "50%", "75%", "100%"), outcome.Phasing.For(2).AtRiskByQuarter);
        Assert.All(Enumerable.Range(3, 3), year =>
        {
            Assert.True(outcome.Phasing.For(year).Applied);
            Assert.All(Enumerable.Range(1, 4), quarter => Assert.Equal(Percentage.Hundred, outcome.Phasing.For(year).AtRiskIn(quarter)));
        });

        var framework = Assert.Single(contract.Frameworks);
        Assert.Equal(5, framework.Outcomes.Count);
        Assert.Equal(Percentage.Hundred, Sum(framework.Outcomes.Select(item => item.Weight)));
        var heaviest = framework.Outcomes.MaxBy(item => item.Weight)!;
        Assert.Equal("patient-outcomes", heaviest.Id.Value);
        Assert.Single(framework.Outcomes, item => item.Weight == heaviest.Weight);
    }

    [Fact]
    public void Bedfordshire_lets_circle_keep_the_first_5_percent_of_surplus_and_split_the_rest_50_50_with_the_ccg()
    {
        var contract = LoadContract(Bedfordshire);
        var circle = Id<Party>.Of("circle");
        var ccg = Id<Party>.Of("bedfordshire-ccg");

        var item = Assert.Single(contract.RiskReward.Items);
        Assert.Equal(RiskMeasure.FixedElementSurplus, item.Measure);
        Assert.True(item.MovesMoney);
        Assert.Equal(BandUnit.PercentOfPlan, item.Gain.Unit);
        Assert.Collection(
            item.Gain.Bands,
            band =>
            {
                Assert.NotNull(band.To);
                Assert.Equal(Share.Whole, ShareOf(band, circle));
            },
            band =>
            {
                Assert.Null(band.To);
                Assert.Equal(Share.FromFraction(1, 2), ShareOf(band, circle));
                Assert.Equal(Share.FromFraction(1, 2), ShareOf(band, ccg));
            });
        var loss = Assert.Single(item.Loss.Bands);
        Assert.Equal(Share.Whole, ShareOf(loss, circle));
    }

    [Fact]
    public void Salford_pools_exactly_two_thirds_from_the_ccg_and_one_third_from_the_council()
    {
        var contract = LoadContract(Salford);

        Assert.True(contract.Funding.Pooled);
        Assert.Equal(Share.FromFraction(2, 3), FundingShareOf(contract, "salford-ccg"));
        Assert.Equal(Share.FromFraction(1, 3), FundingShareOf(contract, "salford-city-council"));
        Assert.Equal(Share.Whole, Share.Sum(contract.Funding.Shares.Select(share => share.Share)));
    }

    [Fact]
    public void Salford_is_a_hybrid_of_3_5_years_from_october_2014_over_a_98_million_pool_without_financial_incentives()
    {
        var contract = LoadContract(Salford);

        Assert.Equal(ContractModel.Hybrid, contract.Model);
        Assert.Equal(new YearMonth(2014, 10), contract.Term.Start);
        Assert.Equal(42, contract.Term.Months);
        Assert.Equal(36, Assert.Single(contract.Term.Extensions).Months);
        Assert.Equal(Money.Gbp(98_000_000.00m), BaselineTotal(contract));
        Assert.True(contract.Party(Id<Party>.Of("salford-royal")).Has(PartyRole.Prime));
        Assert.Equal(Membership.NonVoting, contract.Party(Id<Party>.Of("salix-health")).Membership);
        Assert.NotEmpty(contract.Adjustments.OfType<ShiftAdjustment>());

        Assert.Null(contract.Payment.Outcome);
        var measures = Assert.Single(contract.Frameworks);
        Assert.Equal(7, measures.Outcomes.Count);
        Assert.Equal(Percentage.Hundred, Sum(measures.Indicators.Select(indicator => indicator.Weight)));
    }

    [Fact]
    public void Cambridgeshire_puts_0_10_10_15_15_percent_on_outcomes_by_year()
    {
        var contract = LoadContract(Cambridgeshire);
        var outcome = contract.Payment.Outcome;

        Assert.NotNull(outcome);
        Assert.Equal(
            Percents("0%", "10%", "10%", "15%", "15%"),
            contract.Term.Calendar.Years.Select(year => outcome.PotShare.For(year)));
    }

    [Fact]
    public void Cambridgeshire_is_a_five_year_prime_provider_contract_for_the_65_plus_with_a_growth_tolerance_and_unfunded_vat()
    {
        var contract = LoadContract(Cambridgeshire);

        Assert.Equal(ContractModel.PrimeProvider, contract.Model);
        Assert.Equal(new YearMonth(2015, 4), contract.Term.Start);
        Assert.Equal(60, contract.Term.Months);
        Assert.Equal(24, Assert.Single(contract.Term.Extensions).Months);

        var population = contract.Population;
        Assert.NotNull(population);
        Assert.Equal(PopulationBasis.AgeGroup, population.Basis);
        Assert.NotNull(population.GrowthProjection);
        Assert.NotNull(population.Tolerance);

        var vat = Assert.Single(contract.Adjustments.OfType<VatAdjustment>());
        Assert.False(vat.Funded);

        var framework = Assert.Single(contract.Frameworks);
        Assert.Equal(7, framework.Outcomes.Count);
        Assert.Equal(Percentage.Hundred, Sum(framework.Outcomes.Select(item => item.Weight)));
        Assert.Equal(Percentage.Hundred, Sum(framework.Indicators.Select(indicator => indicator.Weight)));
    }

    [Fact]
    public void Mid_notts_pays_1_8_percent_all_or_nothing_on_the_seven_published_outcomes()
    {
        var contract = LoadContract(MidNotts);
        var outcome = contract.Payment.Outcome;

        Assert.NotNull(outcome);
        Assert.All(Enumerable.Range(1, 3), year => Assert.Equal(Percent("1.8%"), outcome.PotShare.For(year)));
        Assert.Equal(OutcomeAggregation.AllOrNothing, outcome.Aggregation);
        Assert.Equal(Percentage.Hundred, outcome.Threshold);

        var framework = Assert.Single(contract.Frameworks);
        Assert.Equal(
            Percents("14%", "16%", "12%", "10%", "17%", "14%", "17%"),
            framework.Outcomes.Select(item => item.Weight));
    }

    [Fact]
    public void Mid_notts_shares_acute_activity_after_community_investment_but_not_yet_high_cost_drugs_and_suspends_unanimously()
    {
        var contract = LoadContract(MidNotts);
        var account = contract.RiskReward;

        var acute = Item(contract, "acute-activity-after-community-investment");
        Assert.True(acute.Gateway.Passed);
        Assert.True(acute.MovesMoney);
        var acuteParticipants = acute.Participants.Select(participant => participant.Party.Value).ToArray();
        Assert.Contains("sherwood-forest", acuteParticipants);
        Assert.Contains("nuh", acuteParticipants);
        Assert.Contains("notts-healthcare", acuteParticipants);
        Assert.Contains(acute.Participants, participant => contract.Party(participant.Party).Has(PartyRole.Commissioner));

        var drugs = Item(contract, "high-cost-drugs-generic-switching");
        Assert.False(drugs.Gateway.Passed);
        Assert.False(drugs.Included);

        Assert.NotNull(account.Suspension);
        Assert.Equal(SuspensionDecision.Unanimous, account.Suspension.DecidedBy);
    }

    [Fact]
    public void Mid_notts_has_two_ccgs_the_council_and_full_and_associate_providers_for_310000_people()
    {
        var contract = LoadContract(MidNotts);

        Assert.Equal(ContractModel.Alliance, contract.Model);
        Assert.Equal(new YearMonth(2016, 4), contract.Term.Start);
        Assert.Equal(36, contract.Term.Months);
        Assert.Equal(84, Assert.Single(contract.Term.Extensions).Months);
        Assert.Equal(310_000, contract.Population?.Size);
        Assert.Equal(2, contract.Parties.Count(party => party.Has(PartyRole.Commissioner)));
        Assert.Single(contract.Parties, party => party.Has(PartyRole.LocalAuthority));
        Assert.Equal(
            new[] { "emas", "mansfield-ashfield-ccg", "nems", "newark-sherwood-ccg", "notts-county-council", "notts-healthcare", "nuh", "sherwood-forest" },
            MembersWith(contract, Membership.Full));
        Assert.Equal(new[] { "circle-health", "team-spv", "ulh" }, MembersWith(contract, Membership.Associate));
        Assert.Equal(Share.Whole, Share.Sum(contract.Funding.Shares.Select(share => share.Share)));

        var variable = contract.Payment.Variable;
        Assert.NotNull(variable);
        var volume = Assert.Single(variable.Mechanisms.OfType<VolumeMechanism>());
        Assert.Equal(Percent("75%"), volume.AboveRate);
        Assert.Equal(Percent("50%"), volume.BelowRate);
        Assert.NotNull(volume.Cap);
        Assert.NotNull(volume.Collar);
        Assert.Single(variable.Mechanisms.OfType<PatientChoiceMechanism>());
        Assert.NotEmpty(contract.TopSlices);
    }

    [Fact]
    public void Lambeth_runs_two_years_plus_the_one_year_extension_at_8_million_a_year_with_no_money_on_outcomes_or_risk_yet()
    {
        var contract = LoadContract(Lambeth);

        // Two years and the one-year extension (seed 004), budgeted: the £24m the seed gives.
        Assert.Equal(ContractModel.Alliance, contract.Model);
        Assert.Equal(new YearMonth(2015, 3), contract.Term.Start);
        Assert.Equal(36, contract.Term.Months);
        Assert.Empty(contract.Term.Extensions);
        Assert.Null(contract.Payment.Outcome);
        Assert.NotEmpty(contract.RiskReward.Items);
        Assert.All(contract.RiskReward.Items, item => Assert.False(item.MovesMoney));

        // Baseline plus the year-1 pump-priming amount is the £8m a year the seed gives.
        var pumpPriming = Assert.Single(contract.Adjustments.OfType<AmountAdjustment>());
        Assert.True(pumpPriming.Years.Includes(contract.Term.Calendar.Years[0]));
        Assert.False(pumpPriming.Years.Includes(contract.Term.Calendar.Years[1]));
        Assert.Equal(Money.Gbp(8_000_000.00m), BaselineTotal(contract) + pumpPriming.Amount);

        // Lump sums for two years, then "direct cost reimbursements" (seed 004) in the third, except for the beds.
        var calendar = contract.Term.Calendar;
        Assert.Equal(2, contract.Payment.CostReimbursement.Count);
        Assert.All(contract.Payment.CostReimbursement, terms => Assert.Equal([3], terms.Years.Numbers!));
        Assert.DoesNotContain(contract.Payment.CostReimbursement, terms => terms.Scope.ServiceLines!.Contains(Id<ServiceLine>.Of("inpatient-rehabilitation")));
        Assert.All(calendar.Years.Take(2), year => Assert.DoesNotContain(contract.Payment.CostReimbursement, terms => terms.Years.Includes(year)));

        var bigThree = Assert.Single(contract.Frameworks);
        Assert.Equal(3, bigThree.Outcomes.Count);
        Assert.Equal(Percentage.Hundred, Sum(bigThree.Outcomes.Select(item => item.Weight)));
        Assert.Equal(Percentage.Hundred, Sum(bigThree.Indicators.Select(indicator => indicator.Weight)));
    }

    [Fact]
    public void Staffordshire_has_two_primes_for_ten_years_paid_a_macmillan_fee_for_two_years_with_no_gain_share_yet()
    {
        var contract = LoadContract(Staffordshire);

        Assert.Equal(ContractModel.PrimeContractor, contract.Model);
        Assert.Equal(120, contract.Term.Months);
        Assert.Equal(4, contract.Parties.Count(party => party.Has(PartyRole.Commissioner)));
        Assert.Equal(2, contract.Parties.Count(party => party.Has(PartyRole.Prime)));
        Assert.Equal(Money.Gbp(120_000_000.00m), BaselineTotal(contract));
        Assert.All(contract.Baseline.Cells, cell => Assert.False(contract.Party(cell.Provider).Has(PartyRole.SubContractor)));

        var fee = contract.Payment.ManagementFees[0];
        Assert.Equal(FeeBasis.OnTop, fee.Basis);
        Assert.Equal(Id<Party>.Of("macmillan"), fee.FundedBy);
        Assert.NotNull(fee.Amount);
        Assert.True(fee.Amount.For(1) > Money.Gbp(0m));
        Assert.True(fee.Amount.For(2) > Money.Gbp(0m));
        Assert.All(Enumerable.Range(3, 8), year => Assert.Equal(Money.Gbp(0m), fee.Amount.For(year)));

        Assert.NotEmpty(contract.RiskReward.Items);
        Assert.All(contract.RiskReward.Items, item => Assert.False(item.Included));
    }

    private static ContractTemplate Template(string name) =>
        TemplateCatalog.Find(name) ?? throw new InvalidOperationException($"No template '{name}' in the catalogue.");

    private static LoadedContract Load(string name)
    {
        var template = Template(name);
        return ContractLoader.Load(template.Yaml, template.Name + ".yaml");
    }

    private static Contract LoadContract(string name)
    {
        var loaded = Load(name);
        Assert.NotNull(loaded.Contract);
        return loaded.Contract;
    }

    private static Percentage Percent(string text) => Percentage.Parse(text);

    private static Percentage[] Percents(params string[] texts) => texts.Select(Percentage.Parse).ToArray();

    private static Percentage Sum(IEnumerable<Percentage> weights) => weights.Aggregate(Percentage.Zero, (total, weight) => total + weight);

    private static Money BaselineTotal(Contract contract) =>
        Money.Sum(contract.Baseline.Cells.Select(cell => cell.Amount), contract.Currency);

    private static Share FundingShareOf(Contract contract, string party) =>
        Assert.Single(contract.Funding.Shares, share => share.Funder == Id<Party>.Of(party)).Share;

    private static Share ShareOf(SharingBand band, Id<Party> party) =>
        Assert.Single(band.Shares, share => share.Party == party).Share;

    private static RiskRewardItem Item(Contract contract, string id) =>
        Assert.Single(contract.RiskReward.Items, item => item.Id.Value == id);

    private static string[] MembersWith(Contract contract, Membership membership) =>
        contract.Parties.Where(party => party.Membership == membership)
            .Select(party => party.Id.Value)
            .Order(StringComparer.Ordinal)
            .ToArray();
}
