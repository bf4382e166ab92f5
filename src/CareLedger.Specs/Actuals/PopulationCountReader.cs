using CareLedger.Domain.Actuals;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Actuals;

/// <summary>Reads <c>population</c>: the counted heads for a contract year, which must be a positive whole number (CL806).</summary>
internal static class PopulationCountReader
{
    public static ActualsSection Section { get; } = new(
        "population",
        ["year", "heads", "evidence"],
        ["year", "heads"],
        ["heads"],
        Read);

    private static void Read(ActualsRecord record, ActualsBuilder into)
    {
        var year = record.Read("year", ActualsScalars.Year, required: true);
        var heads = record.Read("heads", Scalars.WholeNumber, required: true);
        if (heads is <= 0)
        {
            record.Error("heads", DiagnosticCodes.NegativeActual, $"{record.Where("heads")}: {heads} is not a population; the counted heads are a positive number of people.");
            heads = null;
        }

        record.Text("evidence");
        record.Complete();
        if (year is { } counted && heads is { } people)
        {
            into.Population.Add(new PopulationActual(counted.Year, people, record.Source));
        }
    }
}
