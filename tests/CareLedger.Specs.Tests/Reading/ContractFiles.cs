namespace CareLedger.Specs.Tests.Reading;

/// <summary>Inline contract files for the well-formed reading tests.</summary>
internal static class ContractFiles
{
    /// <summary>
    /// The smallest clean contract, lines 1–14: an April 2016 alliance of three years (2016/17 to 2018/19) with
    /// one commissioner, two providers, one service line and one baseline cell. Sections appended with <see cref="With"/> start on line 15.
    /// </summary>
    public const string Minimal = """
        careledger: 1
        contract:
          id: test
          name: Test contract
          model: alliance
          term: { start: 2016-04, years: 3 }
        parties:
          - { id: ccg, name: A CCG, roles: [commissioner] }
          - { id: acute, name: An acute trust, roles: [provider] }
        service_lines:
          - { id: elective, name: Elective care }
        baseline:
          spend:
            - { service_line: elective, provider: acute, amount: £10m }

        """;

    public static string With(string sections) => Minimal + sections;
}
