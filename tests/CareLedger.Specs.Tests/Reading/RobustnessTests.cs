using CareLedger.Specs.Reading;

namespace CareLedger.Specs.Tests.Reading;

public class RobustnessTests
{
    // Every section, so that mutations reach every reader.
    private const string EverySection = """
        careledger: 1
        contract:
          id: every-section
          name: Every section
          model: prime-provider
          term: { start: 2016-04, years: 3, extensions: [{ years: 2, note: option }] }
        parties:
          - { id: ccg, name: CCG, roles: [commissioner] }
          - { id: council, name: Council, roles: [local-authority] }
          - { id: acute, name: Acute, roles: [prime, provider], membership: full }
          - { id: gp, name: GP federation, roles: [sub-contractor], prime: acute }
        funding:
          pooled: true
          shares: [{ party: ccg, share: 2/3 }, { party: council, share: 1/3 }]
        population:
          basis: age-group
          size: 150000
          age_bands: [{ from: 65, to: 84, size: 128000 }, { from: 85, size: 22000 }]
          growth_projection: { default: 2.5%, 2017/18: 3% }
          growth_tolerance: { band: 0.5%, adjust: excess-only, price_per_head: "£1,050" }
        service_lines:
          - { id: elective, name: Elective }
          - { id: community, name: Community, in_scope: no }
        exclusions: [Suspected cancer, { description: Children, service_line: elective }]
        top_slices:
          - { id: ooa, name: Out of area, kind: out-of-area, amount: { default: £1.5m, 2016/17: £1m } }
        baseline:
          spend:
            - { service_line: elective, provider: acute, amount: £26.5m, basis: block-estimate }
        adjustments:
          - { kind: growth, rate: 1.3%, from: 2017/18 }
          - { kind: population-growth, rate: projection }
          - { kind: shift, amount: £500k, to: { service_line: community, provider: gp } }
          - { kind: vat, rate: 20%, funded: false, years: [2016/17] }
        payment:
          fixed: { share: 90%, instalments: { profile: [25%, 25%, 25%, 25%] } }
          variable:
            share: 3%
            mechanisms:
              - { id: vol, kind: volume, name: Volume, above_plan_rate: 75%, below_plan_rate: 50%, cap: 5%, collar: £1m }
              - { id: choice, kind: patient-choice, name: Choice, providers: [acute, gp], pool: £2m }
          outcome:
            share: { default: 5%, 2016/17: 0% }
            framework: f1
            aggregation: all-or-nothing
            phasing: [{ years: 2016/17, applied: false }, { from: 2017/18, at_risk: [25%, 50%, 75%, 100%] }]
          management_fee: { payee: acute, rate: 2.5%, basis: on-top, funded_by: council }
          overrides: [{ provider: gp, outcome_share: 1.8%, fixed_share: 98.2% }]
        outcomes:
          - id: f1
            name: Framework
            outcomes:
              - id: o1
                name: Outcome
                weight: 100%
                indicators:
                  - { id: i1, name: Plan, category: planning, weight: 50% }
                  - { id: i2, name: Rate, category: outcome-metric, weight: 50%, measure: metric, baseline: 14.2, target: 13.5, direction: lower-is-better, scoring: banded, bands: [{ from: 50%, score: 50% }] }
        risk_reward:
          items:
            - id: item
              name: Item
              measure: spend-against-plan
              plan: £40m
              gateway: { material: yes, collective_responsibility: yes, jointly_agreed: yes }
              include: true
              participants: [{ party: acute, share: 50% }, { party: ccg, share: 50% }]
              loss: { unit: percent-of-plan, bands: [{ from: 0%, to: 2% }, { from: 2% }], caps: [{ party: acute, cap: 1% }] }
          suspension: { definition: Pandemic, decided_by: unanimous, per_item: true }
        shared_savings:
          - { id: ss, name: Savings, entity: acute, payer: ccg, minimum_savings_rate: 2%, max_sharing_rate: 50%, loss: { rate: flat, flat_rate: 30% } }
        risk_corridors:
          - { id: rc, name: Corridor, entity: acute, payer: ccg, bands: [{ from: 0%, to: 100%, payer_share: 50% }, { from: 100%, payer_share: 80% }] }
        sources: [King's Fund 2015]
        """;

    private static readonly string[] Insertions = [":", "-", "%", "£", "[", "]", "{", "}", ",", " ", "\n", "x", "1", "/", "'", "\"", "#", "&a", "*a", "\t", "? "];

    [Fact]
    public void Every_section_of_the_reference_file_reads_cleanly()
    {
        var result = ReadAssert.Clean(EverySection);

        Assert.Equal(4, result.Contract!.Parties.Count);
        Assert.Equal(5, result.Contract.Adjustments.Count);
    }

    [Fact]
    public void Damaged_files_are_reported_never_thrown()
    {
        // A fixed seed: the same damage every run, so a failure can be reproduced from its attempt number.
        var random = new Random(20160401);
        for (var attempt = 0; attempt < 400; attempt++)
        {
            var result = ContractReader.Read(Damage(EverySection, random), ReadAssert.File);
            Assert.All(result.Diagnostics, diagnostic => Assert.True(diagnostic.Location.Line >= 0, $"Attempt {attempt}: {diagnostic}"));
        }
    }

    [Theory]
    [InlineData("a:\n  - { x: { y: 1, z: aseline:\n  b: 2\n", 2, 5, "the '{' that opens a mapping here is never closed")]
    [InlineData("a: { b: 1 }*x\n", 1, 12, "the text from here on cannot be read")]
    public void Input_that_trips_the_YAML_library_is_a_syntax_error_at_the_open_bracket_or_the_last_node_it_read(string yaml, int line, int column, string phrase)
    {
        var result = ContractReader.Read(yaml, ReadAssert.File);

        Assert.Null(result.Contract);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((Diagnostics.DiagnosticCodes.YamlSyntax, line, column), (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains(phrase, diagnostic.Message, StringComparison.Ordinal);
    }

    private static string Damage(string text, Random random)
    {
        var position = random.Next(text.Length);
        switch (random.Next(4))
        {
            case 0:
                return text.Remove(position, 1);
            case 1:
                return text.Insert(position, Insertions[random.Next(Insertions.Length)]);
            case 2:
                var lines = text.Split('\n').ToList();
                var line = random.Next(lines.Count);
                lines.Insert(line, lines[line]);
                return string.Join('\n', lines);
            default:
                var length = Math.Min(text.Length - position, random.Next(1, 12));
                return text.Remove(position, length);
        }
    }
}
