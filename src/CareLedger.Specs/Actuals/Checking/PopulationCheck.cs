using CareLedger.Domain;
using CareLedger.Domain.Actuals;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Validation;
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
        if (heads > Limits.People)
        {
            findings.Error("heads", DiagnosticCodes.Absurd, $"{findings.Where("heads")}: {heads} is more than 100 million people, more than any population a contract of this kind covers; check the figure.");
            heads = null;
        }
        else if (heads is <= 0)
        {
            findings.Error("heads", DiagnosticCodes.NegativeActual, $"{findings.Where("heads")}: {heads} is not a population; the counted heads are a positive number of people.");
            heads = null;
        }
        else if (heads is { } counted && contract.Contract.Population?.Tolerance?.PricePerHead is { } price && counted * price.Amount > Limits.Amount)
        {
            // A tolerance adjustment is some of these heads at the stated price: held within the largest amount.
            findings.Error("heads", DiagnosticCodes.Absurd, $"{findings.Where("heads")}: {counted} people at the growth tolerance's {price} per head are worth "
                + $"{new Money(counted * price.Amount, price.Currency)}, over 100bn, more than any contract of this kind holds; check the heads and the price per head.");
            heads = null;
        }

        if (year is not null && heads is { } people)
        {
            into.Population.Add(new PopulationActual(year, people, findings.Source.ToSourceRef()), findings.Source);
        }
    }
}
