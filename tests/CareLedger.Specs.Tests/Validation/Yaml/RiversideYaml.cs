namespace CareLedger.Specs.Tests.Validation.Yaml;

/// <summary>
/// The Riverside alliance (the builders' valid contract) as a contract file, and ways to change one line of it
/// and to find where a value was written, so tests can assert the exact line and column of a finding.
/// </summary>
public static class RiversideYaml
{
    public const string FileName = "riverside.yaml";

    public const string Valid = """
        careledger: 1
        contract:
          id: riverside-alliance
          name: Riverside integrated care alliance
          model: alliance
          term:
            start: 2016-04
            years: 3
        parties:
          - { id: riverside-ccg, name: Riverside CCG, roles: [commissioner] }
          - { id: riverside-council, name: Riverside Council, roles: [local-authority] }
          - { id: city-hospital, name: City Hospital NHS Trust, roles: [provider], membership: full }
          - { id: community-health, name: Community Health Trust, roles: [provider], membership: full }
        funding:
          pooled: true
          shares:
            - party: riverside-ccg
              share: 2/3
            - party: riverside-council
              share: 1/3
        population:
          description: Registered population of Riverside practices
          basis: registered-list
          size: 100000
          as_of: 2016-04
          age_bands:
            - { from: 0, to: 64, size: 82000 }
            - { from: 65, size: 18000 }
          growth_projection: 1%
        service_lines:
          - { id: acute, name: Acute care }
          - { id: community, name: Community care }
        top_slices:
          - id: ooa
            name: Out-of-area activity
            kind: out-of-area
            amount: £1m
            service_lines: [acute]
        baseline:
          base_year: 2015/16           # outturn
          spend:
            - service_line: acute
              provider: city-hospital
              amount: £60m
              basis: activity-x-tariff
            - service_line: community
              provider: community-health
              amount: £30m
              basis: block-estimate
        adjustments:
          - kind: inflation
            name: Inflation
            rate: 2%
          - kind: efficiency
            name: Efficiency
            rate: 1.5%
        payment:
          fixed:
            instalments: monthly
          variable:
            share: 3%
          outcome:
            share: 2%
            framework: riverside-outcomes
            aggregation: all-or-nothing
        outcomes:
          - id: riverside-outcomes
            name: Riverside outcomes 2016/17
            outcomes:
              - id: frailty
                name: Fewer emergency admissions for frail older people
                weight: 60%
                indicators:
                  - { id: frailty-plan, name: Frailty pathway plan, category: planning, weight: 20% }
                  - { id: frailty-implement, name: Implement the frailty plan, category: implementation, weight: 40% }
              - id: end-of-life
                name: Dying in the place of preference
                weight: 40%
                indicators:
                  - { id: eol-plan, name: End-of-life action plan, category: planning, weight: 20% }
                  - { id: eol-epaccs, name: Roll out EPaCCS, category: implementation, weight: 20% }
        risk_reward:
          items:
            - id: acute-activity
              name: Non-elective activity above plan
              measure: spend-against-plan
              service_lines: [acute]
              providers: [city-hospital]
              gateway:
                material: yes
                collective_responsibility: yes
                jointly_agreed: yes
              include: true
              participants:
                - { party: city-hospital, share: 50% }
                - { party: community-health, share: 25% }
                - { party: riverside-ccg, share: 25% }
              loss:
                unit: percent-of-plan
                bands:
                  - from: 0%
                    to: 2%
                    shares: [{ party: riverside-ccg, share: 100% }]
                  - from: 2%
        risk_corridors:
          - id: acute-corridor
            name: Acute cost corridor
            entity: city-hospital
            payer: riverside-ccg
            bands:
              - { from: 0%, to: 97%, payer_share: 50% }
              - { from: 97%, to: 103%, payer_share: 0% }
              - { from: 103%, payer_share: 50% }

        """;

    /// <summary>The valid file with one piece of text, which must occur exactly once, replaced.</summary>
    public static string With(string original, string replacement) => With(Valid, original, replacement);

    public static string With(string yaml, string original, string replacement)
    {
        var first = yaml.IndexOf(original, StringComparison.Ordinal);
        Assert.True(first >= 0, $"'{original}' is not in the file.");
        Assert.True(yaml.IndexOf(original, first + 1, StringComparison.Ordinal) < 0, $"'{original}' occurs more than once.");
        return yaml.Replace(original, replacement, StringComparison.Ordinal);
    }

    /// <summary>
    /// Line and column (from 1) of <paramref name="value"/> on the one line containing <paramref name="line"/>: where
    /// the reader records the value of a key, and so where a finding about it must point.
    /// </summary>
    public static (int Line, int Column) PositionOf(string yaml, string line, string value)
    {
        var lines = yaml.Split('\n');
        var matches = Enumerable.Range(0, lines.Length).Where(index => lines[index].Contains(line, StringComparison.Ordinal)).ToArray();
        Assert.True(matches.Length == 1, $"'{line}' is on {matches.Length} lines, not one.");
        var column = lines[matches[0]].IndexOf(value, StringComparison.Ordinal);
        Assert.True(column >= 0, $"'{value}' is not on the line '{lines[matches[0]]}'.");
        return (matches[0] + 1, column + 1);
    }
}
