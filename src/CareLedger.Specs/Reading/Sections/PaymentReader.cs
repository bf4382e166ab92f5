using CareLedger.Domain.Payments;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Reading.Sections;

/// <summary>Reads <c>payment</c>. Without it, every provider's contract value is all fixed and paid monthly.</summary>
internal static class PaymentReader
{
    public static PaymentTerms Read(YamlMap root)
    {
        var map = root.Map("payment");
        if (map is null)
        {
            return new PaymentTerms(new FixedElementTerms(null, InstalmentSchedule.Monthly), null, null, [], [], []);
        }

        var fixedTerms = FixedElementReader.Read(map);
        var variable = VariableElementReader.Read(map);
        var outcome = OutcomeElementReader.Read(map);
        var fee = ManagementFeeReader.Read(map);
        var overrides = PaymentOverridesReader.Read(map);
        var reimbursement = CostReimbursementReader.Read(map);
        map.Complete();
        var terms = new PaymentTerms(fixedTerms, variable, outcome, fee, overrides, reimbursement);
        map.Locate(terms);
        return terms;
    }
}
