namespace CareLedger.Application.Actuals;

/// <summary>
/// An actuals file decoded for reading: its form and the texts the checks read — the file itself for YAML and CSV,
/// one CSV table per sheet for a workbook (named <c>book.xlsx[activity]</c>, so findings name the sheet).
/// </summary>
public sealed record ActualsFile(string Name, ActualsFormat Format, IReadOnlyList<SourceText> Texts);
