namespace CareLedger.Specs.Tests.Hostile;

/// <summary>
/// A one-provider contract, two service lines, written so that a test can change one figure of it: the budget's
/// baseline, term, adjustments, top slices and payment terms are the lines a test replaces.
/// </summary>
internal static class SmallContract
{
    public const string FileName = "small.yaml";

    public const string Valid = """
        careledger: 1
        contract:
          id: small
          name: Small contract
          model: alliance
          term: { start: 2016-04, years: 2 }
        parties:
          - { id: ccg, name: CCG, roles: [commissioner] }
          - { id: acute, name: Acute trust, roles: [provider] }
        service_lines:
          - { id: elective, name: Elective care }
          - { id: community, name: Community care }
        baseline:
          spend:
            - { service_line: elective, provider: acute, amount: £10m }
            - { service_line: community, provider: acute, amount: £5m }
        adjustments:
          - { kind: inflation, rate: 2% }
        payment:
          fixed: { instalments: monthly }
          variable:
            share: 2%
            mechanisms:
              - { id: elective-volume, kind: volume, name: Elective volume, service_lines: [elective], above_plan_rate: 75%, below_plan_rate: 50% }

        """;

    /// <summary>The contract with one piece of text, which must occur exactly once, replaced.</summary>
    public static string With(string original, string replacement) => With(Valid, original, replacement);

    public static string With(string yaml, string original, string replacement)
    {
        var first = yaml.IndexOf(original, StringComparison.Ordinal);
        Assert.True(first >= 0 && yaml.IndexOf(original, first + 1, StringComparison.Ordinal) < 0, $"'{original}' is not in the file exactly once.");
        return yaml.Replace(original, replacement, StringComparison.Ordinal);
    }

    /// <summary>Line and column (from 1) of <paramref name="value"/> on the one line containing <paramref name="line"/>.</summary>
    public static (int Line, int Column) PositionOf(string yaml, string line, string value) =>
        Validation.Yaml.RiversideYaml.PositionOf(yaml, line, value);
}
