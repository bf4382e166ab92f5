using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Tests.Reading;

namespace CareLedger.Specs.Tests.Validation;

public class DuplicateFeeTests
{
    [Fact]
    public void A_second_management_fee_to_the_same_payee_gives_CL010_at_its_payee()
    {
        var yaml = ContractFiles.With("""
            payment:
              management_fee:
                - { payee: acute, rate: 2.5% }
                - { payee: acute, rate: 1% }
            """);

        var diagnostic = Assert.Single(ContractLoader.Load(yaml, "fees.yaml").Diagnostics);

        // The second list entry's payee value: find its line and column in the file as written.
        var lines = yaml.Split('\n');
        var line = Array.FindLastIndex(lines, text => text.Contains("payee: acute", StringComparison.Ordinal));
        var column = lines[line].IndexOf("acute", StringComparison.Ordinal) + 1;
        Assert.Equal(DiagnosticCodes.Duplicate, diagnostic.Code);
        Assert.Equal((line + 1, column), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("second management fee", diagnostic.Message, StringComparison.Ordinal);
    }
}
