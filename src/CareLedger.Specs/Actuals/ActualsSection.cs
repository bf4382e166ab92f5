namespace CareLedger.Specs.Actuals;

/// <summary>
/// One section of the actuals format: its YAML key (also its name in CSV messages), its columns (the keys of a YAML
/// record, the header of a CSV table), the columns a CSV table must have, the columns by which a CSV header is
/// recognised as this section, and how one record is parsed into a row.
/// </summary>
internal sealed class ActualsSection(
    string name,
    string[] columns,
    string[] required,
    string[] signature,
    Action<ActualsRecord, ActualsBuilder> read)
{
    public string Name { get; } = name;

    public IReadOnlyList<string> Columns { get; } = columns;

    /// <summary>Columns every record needs; a CSV table without one of them is reported once, at its header.</summary>
    public IReadOnlyList<string> Required { get; } = required;

    /// <summary>The columns only this section uses together: a CSV header holding all of them is this section's.</summary>
    public IReadOnlyList<string> Signature { get; } = signature;

    public bool IsRecognisedBy(IReadOnlyCollection<string> header) => Signature.All(header.Contains);

    public void Read(ActualsRecord record, ActualsBuilder into) => read(record, into);

    /// <summary>For messages: <c>activity (period, provider, service_line, ...)</c>.</summary>
    public string Describe() => $"{Name} ({string.Join(", ", Columns)})";
}
