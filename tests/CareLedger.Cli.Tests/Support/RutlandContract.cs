namespace CareLedger.Cli.Tests.Support;

/// <summary>
/// A small contract for Rutland around generated sections: one commissioner, one provider (<c>rutland-care</c>), one
/// service line (<c>community</c>) and a fixed payment, so a generated population or baseline section can be validated
/// and budgeted as a contract.
/// </summary>
internal static class RutlandContract
{
    /// <summary>A baseline entry for contracts whose generated sections carry none.</summary>
    public const string Baseline = """
        baseline:
          spend:
            - { service_line: community, provider: rutland-care, amount: 1000000, basis: block-estimate }

        """;

    public static string With(string sections) => """
        careledger: 1
        contract:
          id: rutland-community
          name: Rutland community alliance
          model: alliance
          term: { start: 2025-04, years: 1 }
        parties:
          - { id: leicester-icb, name: Leicester ICB, roles: [commissioner] }
          - { id: rutland-care, name: Rutland Care, roles: [provider] }
        service_lines:
          - { id: community, name: Community care }
        payment:
          fixed: { share: 100%, instalments: monthly }

        """ + sections.ReplaceLineEndings("\n");
}
