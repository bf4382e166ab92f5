using CareLedger.Analytics.Capitation;
using CareLedger.Domain;

namespace CareLedger.Analytics.Tests.Capitation;

/// <summary>Weighted capitation against NHS England's real 2025/26 practice weighted-population file.</summary>
public sealed class WeightedCapitationTests(NationalWeightedPopulation national) : IClassFixture<NationalWeightedPopulation>
{
    private readonly CapitationService _service = new();

    [Fact]
    public void The_national_file_loads_every_practice_once_and_keeps_its_invariants()
    {
        var file = national.File;

        // 6,348 practices: the file's 6,349 lines less the header.
        Assert.Equal(6_348, file.Practices.Count);
        Assert.Empty(file.Warnings);
        Assert.Equal(file.Practices.Count, file.Practices.Select(practice => practice.Code).Distinct().Count());
        foreach (var component in CapitationComponent.All)
        {
            var column = file.Practices.Sum(practice => practice.WeightedFor(component));
            Assert.True(Math.Abs(column - file.National.Registered) <= WeightedPopulationLoader.InvariantTolerance,
                $"{component.Column} sums to {column}, the registered population to {file.National.Registered}.");
            Assert.Equal(column, file.National.WeightedFor(component));
        }

        // England's registered population in 2025/26 is a little under 64 million (63,849,324 in the file).
        Assert.InRange(file.National.Registered, 63_000_000m, 65_000_000m);
        Assert.Equal(42, file.Practices.Select(practice => practice.Codes.Icb).Distinct().Count());
    }

    [Theory]
    [InlineData(PlaceKind.Icb, "QK1")]
    [InlineData(PlaceKind.Icb, "QOP")]
    [InlineData(PlaceKind.LocalAuthorityDistrict, "E06000017")]
    [InlineData(PlaceKind.LocalAuthorityDistrict, "E07000133")]
    public void A_place_is_the_sum_of_its_practices(PlaceKind kind, string code)
    {
        var place = new PlaceDefinition(kind, [code]);
        var result = _service.Analyse(national.File, place, CapitationRequest.Default).Result!;

        var expected = national.File.Practices.Where(practice => kind == PlaceKind.Icb ? practice.Codes.Icb == code : practice.Codes.Lad == code).ToList();
        Assert.Equal(expected, result.Practices);
        Assert.Equal(expected.Sum(practice => practice.Registered), result.Totals.Registered);
        foreach (var component in CapitationComponent.All)
        {
            Assert.Equal(expected.Sum(practice => practice.WeightedFor(component)), result.Lines[component.Index].Weighted);
        }
    }

    [Fact]
    public void Rutland_need_index_is_worked_by_hand()
    {
        // Rutland (local authority district E06000017) has four practices, all in NHS Leicester, Leicestershire and
        // Rutland ICB (QK1). From the file's Population and Final WP columns:
        //   C82010 15,184.0917   14,664.96616 |  C82044  9,719.294351  8,836.724398
        //   C82077 12,787.90771  11,448.11973 |  C82649  5,517.054705  5,191.756431
        //   Rutland: registered 43,208.348466, weighted 40,141.566719, per head 40,141.566719 ÷ 43,208.348466 = 0.929023
        //   QK1 (129 practices): registered 1,238,148.450952, weighted 1,124,239.730255, per head 0.908001
        //   England: weighted = registered (63,849,324.21), per head 1.000000
        //   need index against the ICB = 0.929023 ÷ 0.908001 = 1.0232; against England = 0.929023 ÷ 1 = 0.9290
        // Rutland needs about 7% less per head than England but 2.3% more than its (younger) ICB's average.
        var result = _service.Analyse(national.File, PlaceDefinition.LocalAuthorityDistrict("E06000017"), CapitationRequest.Default).Result!;
        var core = result.Lines[CapitationComponent.Core.Index];

        Assert.Equal(["C82010", "C82044", "C82077", "C82649"], result.Practices.Select(practice => practice.Code));
        Assert.Equal(43_208.348466m, result.Totals.Registered);
        Assert.Equal(40_141.566719m, core.Weighted);
        Assert.Equal([("QK1", "NHS Leicester, Leicestershire and Rutland ICB")], result.Icbs);
        Assert.Equal(129, result.Icb.Practices);
        Assert.Equal(1.0232m, decimal.Round(core.IndexVsIcb, 4));
        Assert.Equal(0.9290m, decimal.Round(core.IndexVsEngland, 4));
    }

    [Fact]
    public void A_fair_share_is_the_sum_of_its_practices_penny_shares_and_near_the_exact_proportion()
    {
        // £2,000,000,000.00 over QK1 by core weighted population. Rutland's exact proportion is
        // 2,000,000,000 × 40,141.566719 ÷ 1,124,239.730255 = £71,411,044.5285…; each of its four practices' shares is
        // rounded to the penny by the largest-remainder rule, so the target is within 4p of it.
        var budget = Money.Gbp(2_000_000_000m);
        var result = _service.Analyse(national.File, PlaceDefinition.LocalAuthorityDistrict("E06000017"), new CapitationRequest(CapitationComponent.Core, budget)).Result!;
        var share = result.FairShare!;

        Assert.Equal(4, share.PracticeShares.Count);
        Assert.Equal(share.Target, Money.Sum(share.PracticeShares.Select(practice => practice.Share), Currency.Gbp));
        Assert.True(share.Target.IsWholeMinorUnits);
        var exact = budget.Amount * result.Lines[CapitationComponent.Core.Index].Weighted / result.Icb.WeightedFor(CapitationComponent.Core);
        Assert.InRange(share.Target.Amount - exact, -0.04m, 0.04m);
        Assert.Null(share.Distance);
    }

    [Fact]
    public void Places_that_partition_an_icb_share_its_budget_to_the_penny()
    {
        // An odd budget, so that pennies must be handed out: the parts still add back exactly.
        var budget = Money.Gbp(1_234_567_890.13m);
        var icb = national.File.Practices.Where(practice => practice.Codes.Icb == "QK1").Select(practice => practice.Code).ToList();
        var request = new CapitationRequest(CapitationComponent.MentalHealth, budget);
        var first = _service.Analyse(national.File, PlaceDefinition.PracticeList(icb.Take(50)), request).Result!.FairShare!;
        var rest = _service.Analyse(national.File, PlaceDefinition.PracticeList(icb.Skip(50)), request).Result!.FairShare!;
        var whole = _service.Analyse(national.File, PlaceDefinition.Icb("QK1"), request).Result!.FairShare!;

        Assert.Equal(budget, first.Target + rest.Target);
        Assert.Equal(budget, whole.Target);
    }

    [Fact]
    public void Distance_from_target_is_current_less_target_and_its_share_of_target()
    {
        var result = _service.Analyse(national.File, PlaceDefinition.LocalAuthorityDistrict("E06000017"),
            new CapitationRequest(CapitationComponent.Core, Money.Gbp(2_000_000_000m), Money.Gbp(70_000_000m))).Result!;
        var share = result.FairShare!;

        Assert.Equal(Money.Gbp(70_000_000m) - share.Target, share.Distance);
        Assert.True(share.Distance!.Value.IsNegative);
        // About −£1.41m of a £71.41m target: −1.98%.
        Assert.Equal(decimal.Round(share.Distance.Value.Amount / share.Target.Amount * 100m, 2, MidpointRounding.AwayFromZero), share.DistancePercent);
        Assert.Equal(-1.98m, share.DistancePercent);
    }

    [Fact]
    public void A_place_spanning_two_icbs_is_compared_with_both()
    {
        // Melton's practices belong to two ICBs (QK1 and QJM), so its reference is the two together.
        var result = _service.Analyse(national.File, PlaceDefinition.LocalAuthorityDistrict("E07000133"), CapitationRequest.Default).Result!;

        Assert.Equal(["QJM", "QK1"], result.Icbs.Select(icb => icb.Code));
        Assert.Equal(national.File.Practices.Count(practice => practice.Codes.Icb is "QJM" or "QK1"), result.Icb.Practices);
    }

    [Fact]
    public void Unknown_places_and_practices_are_explained_not_thrown()
    {
        var noSuchLad = _service.Analyse(national.File, PlaceDefinition.LocalAuthorityDistrict("E99999999"), CapitationRequest.Default);
        var noSuchPractice = _service.Analyse(national.File, PlaceDefinition.PracticeList(["C82010", "ZZ9999"]), CapitationRequest.Default);

        Assert.False(noSuchLad.Succeeded);
        Assert.Contains("local authority district E99999999", noSuchLad.Problem);
        Assert.Contains("LAD column", noSuchLad.Problem);
        Assert.False(noSuchPractice.Succeeded);
        Assert.Contains("ZZ9999", noSuchPractice.Problem);
        Assert.DoesNotContain("C82010", noSuchPractice.Problem);
    }

    [Fact]
    public void The_population_section_names_every_practice_behind_its_figures()
    {
        var result = _service.Analyse(national.File, PlaceDefinition.LocalAuthorityDistrict("E06000017"), CapitationRequest.Default).Result!;

        var yaml = PopulationSectionYaml.Write(result, CapitationComponent.Core, "2025-04", Percentage.Parse("0.8%"));

        // 43,208.348466 registered heads round to 43,208; 40,141.566719 weighted to 40,141.57.
        Assert.Contains("\n  size: 43208\n", yaml);
        Assert.Contains("\n  weighted_size: 40141.57\n", yaml);
        Assert.Contains("\n  as_of: 2025-04\n", yaml);
        Assert.Contains("\n  growth_projection: 0.8%\n", yaml);
        Assert.Contains("1.0232 against ICB QK1", yaml);
        foreach (var practice in result.Practices)
        {
            Assert.Contains($"#   {practice.Code} row {practice.Row}: ", yaml);
        }
    }
}
