using CareLedger.Application;

namespace CareLedger.Cli;

/// <summary>A file's text, or null with the exit code to return (the problem has been printed).</summary>
internal sealed record InputText(SourceText? Source, int ExitCode)
{
    public bool IsRead => Source is not null;
}
