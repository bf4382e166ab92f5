using CareLedger.Domain.Actuals;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Validation.Texts;

namespace CareLedger.Specs.Actuals.Checking;

/// <summary>Checks a row of <c>population</c>: a year of the term and a positive whole number of heads (CL806 otherwise).</summary>
internal static class PopulationCheck
{
    public static void Check(PopulationRow row, RowFindings findings, ContractReferences contract, CheckedActuals into)
    {
        var year = findings.Year("year", row.Year);
        var heads = findings.Required("heads", row.Heads);

        // Evidence is not kept with the count, but it is still checked like every text actuals hold.
        findings.Text("evidence", row.Evidence, kind: PrintableText.Kind.Paragraph);
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
