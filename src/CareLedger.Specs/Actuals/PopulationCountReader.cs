using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Actuals;

/// <summary>Reads <c>population</c>: the counted heads for a contract year, with the evidence for the count.</summary>
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
        var row = new PopulationRow(
            record.Text("year", required: true),
            record.Read("heads", Scalars.WholeNumber, required: true),
            record.Text("evidence")) { Source = record.Source };
        record.Complete();
        into.Population.Add(row);
    }
}
