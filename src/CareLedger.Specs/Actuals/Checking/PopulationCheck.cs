using CareLedger.Domain.Actuals;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Actuals.Checking;

/// <summary>Checks a row of <c>population</c>: a year of the term and a positive whole number of heads (CL806 otherwise).</summary>
internal static class PopulationCheck
{
    public static void Check(PopulationRow row, RowFindings findings, ContractReferences contract, CheckedActuals into)
    {
        var year = findings.Year("year", row.Year);
        var heads = findings.Required("heads", row.Heads);
        if (heads is <= 0)
        {
            findings.Error("heads", DiagnosticCodes.NegativeActual, $"{findings.Where("heads")}: {heads} is not a population; the counted heads are a positive number of people.");
            heads = null;
        }

        if (year is not null && heads is { } people)
        {
            into.Add(into.Population, new PopulationActual(year, people, findings.Source.ToSourceRef()), findings.Source);
        }
    }
}
