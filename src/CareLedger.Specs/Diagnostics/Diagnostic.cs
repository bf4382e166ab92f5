namespace CareLedger.Specs.Diagnostics;

/// <summary>
/// One problem found in a file: where it is, how serious, a stable code (see docs/contract-spec.md) and a message
/// that says what is wrong and how to fix it.
/// </summary>
public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Code, string Message)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>The field the finding is about, e.g. <c>payment.variable.mechanisms[2].cap</c>, for callers without lines (a web form).</summary>
    public FieldPath Path => Location.Path;

    /// <summary>The compiler-style line <c>FILE:LINE:COL: error CODE: message</c>.</summary>
    public override string ToString() =>
        $"{Location}: {(IsError ? "error" : "warning")} {Code}: {Message}";
}
