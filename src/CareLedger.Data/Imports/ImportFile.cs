namespace CareLedger.Data.Imports;

/// <summary>
/// One file to import: the name findings and the record give it (the file name as uploaded or typed) and its bytes
/// exactly as they are, which are stored and fingerprinted as they are. YAML, CSV or an Excel workbook.
/// </summary>
public sealed record ImportFile(string Name, ReadOnlyMemory<byte> Content)
{
    public override string ToString() => Name;
}
