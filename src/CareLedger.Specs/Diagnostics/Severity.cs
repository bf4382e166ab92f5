namespace CareLedger.Specs.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
