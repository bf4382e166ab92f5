using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Tests.Reading;

public class LocationRecordingTests
{
    // The place in the file; the field paths these places carry are asserted by FieldPathTests.
    private static void AssertAt(int line, int column, SourceLocation actual) =>
        Assert.Equal((ReadAssert.File, line, column), (actual.File, actual.Line, actual.Column));

    [Fact]
    public void An_indicator_weight_is_located_at_its_value_with_its_full_path()
    {
        var result = ReadAssert.Clean(ContractFiles.With("""
            outcomes:
              - id: f1
                name: Framework
                outcomes:
                  - id: o1
                    name: Outcome one
                    weight: 40%
                    indicators:
                      - { id: i1, name: One, category: planning, weight: 40% }
                  - id: o2
                    name: Outcome two
                    weight: 60%
                    indicators:
                      - { id: i2, name: Two, category: planning, weight: 20% }
                      - { id: i3, name: Three, category: outcome-metric, weight: 40% }
            """));
        var indicator = result.Contract!.Frameworks[0].Outcomes[1].Indicators[1];

        AssertAt(29, 70, result.Locations.Of(indicator, "weight"));
        Assert.Equal("outcomes[0].outcomes[1].indicators[1].weight", result.Locations.PathOf(indicator, "weight"));
        AssertAt(29, 13, result.Locations.Of(indicator));
        Assert.Equal("outcomes[0].outcomes[1].indicators[1]", result.Locations.PathOf(indicator));
        Assert.Equal(new Domain.SourceRef(ReadAssert.File, "outcomes[0].outcomes[1].indicators[1]", 29, 13), indicator.Source);
        AssertAt(26, 17, result.Locations.Of(result.Contract.Frameworks[0].Outcomes[1], "weight"));
    }

    [Fact]
    public void Scalar_list_items_and_references_are_located_by_key()
    {
        var result = ReadAssert.Clean(ContractFiles.With("""
            top_slices:
              - id: ooa
                name: Out of area
                kind: out-of-area
                rate: 2%
                service_lines: [elective, community]
            risk_reward:
              items:
                - id: drugs
                  name: Drugs
                  measure: spend-against-plan
                  participants:
                    - { party: acute, share: 100% }
            """));
        var slice = result.Contract!.TopSlices[0];
        var participant = result.Contract.RiskReward.Items[0].Participants[0];

        AssertAt(20, 31, result.Locations.Of(slice, "service_lines[1]"));
        Assert.Equal("top_slices[0].service_lines[1]", result.Locations.PathOf(slice, "service_lines[1]"));
        AssertAt(20, 31, result.Locations.Of(slice.Scope, "service_lines[1]"));
        AssertAt(27, 20, result.Locations.Of(participant, "party"));
        AssertAt(27, 34, result.Locations.Of(participant, "share"));
        Assert.Equal("risk_reward.items[0].participants[0].share", result.Locations.PathOf(participant, "share"));
    }

    [Fact]
    public void Contract_level_keys_and_baseline_cells_are_located()
    {
        var result = ReadAssert.Clean(ContractFiles.Minimal);
        var contract = result.Contract!;
        var cell = contract.Baseline.Cells[0];

        // A block mapping starts at its first key: the contract is said to be where 'contract:' begins its keys.
        AssertAt(3, 3, result.Locations.Of(contract));
        AssertAt(5, 10, result.Locations.Of(contract, "model"));
        AssertAt(8, 3, result.Locations.Of(contract, "parties"));
        AssertAt(14, 58, result.Locations.Of(cell, "amount"));
        AssertAt(14, 43, result.Locations.Of(cell, "provider"));
        AssertAt(9, 48, result.Locations.Of(contract.Parties[1], "roles[0]"));
        AssertAt(6, 18, result.Locations.Of(contract.Term, "start"));
    }

    [Fact]
    public void By_year_values_are_located_by_year_label_on_their_schedule()
    {
        var result = ReadAssert.Clean(ContractFiles.With("""
            payment:
              outcome:
                share: { default: 15%, 2016/17: 0% }
                framework: f1
                aggregation: proportional
            """));
        var outcome = result.Contract!.Payment.Outcome!;

        AssertAt(17, 12, result.Locations.Of(outcome, "share"));
        AssertAt(17, 37, result.Locations.Of(outcome.PotShare, "2016/17"));
        Assert.Equal("payment.outcome.share.2016/17", result.Locations.PathOf(outcome.PotShare, "2016/17"));
        AssertAt(17, 23, result.Locations.Of(outcome.PotShare, "default"));
        AssertAt(18, 16, result.Locations.Of(outcome, "framework"));
    }
}
