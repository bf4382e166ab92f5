using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Payments;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Reading.Sections;

/// <summary>Reads <c>payment.variable</c>: the planned variable share by year and its mechanisms.</summary>
internal static class VariableElementReader
{
    public static VariableElementTerms? Read(YamlMap payment)
    {
        var map = payment.Map("variable");
        if (map is null)
        {
            return null;
        }

        var share = map.ByYear("share", Scalars.Rate, required: true) ?? YearSchedule<Percentage>.Constant(Percentage.Zero);
        var mechanisms = map.Maps("mechanisms").Select(MechanismReader.Read).OfType<VariableMechanism>().ToArray();
        map.Complete();
        var terms = new VariableElementTerms(share, mechanisms, map.Source);
        map.Locate(terms);
        return terms;
    }
}
