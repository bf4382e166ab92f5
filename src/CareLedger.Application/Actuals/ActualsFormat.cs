namespace CareLedger.Application.Actuals;

/// <summary>The forms an actuals file comes in (docs/actuals-spec.md). Stored by name, in lower case.</summary>
public enum ActualsFormat
{
    /// <summary>One YAML file with any of the sections.</summary>
    Yaml,

    /// <summary>One CSV table: one section, recognised by its header.</summary>
    Csv,

    /// <summary>An Excel workbook (Office Open XML): one sheet per section, each read as a CSV table is.</summary>
    Xlsx,
}
