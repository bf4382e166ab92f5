using CareLedger.Specs.Diagnostics;

namespace CareLedger.Application.Documents;

/// <summary>
/// One finding in an input: the file, its line and column (0 when the input has no lines, e.g. a web form), the
/// field path (<c>payment.variable.mechanisms[2].cap</c>, empty for the document as a whole), how serious, the
/// stable code and the message saying what is wrong and how to fix it.
/// </summary>
public sealed record FindingDocument(string File, int Line, int Column, string Path, string Severity, string Code, string Message)
{
    public static FindingDocument Of(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var location = diagnostic.Location;
        return new(location.File, location.Line, location.Column, location.Path.ToString(), diagnostic.IsError ? "error" : "warning", diagnostic.Code, diagnostic.Message);
    }
}
