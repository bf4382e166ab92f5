namespace CareLedger.Cli;

/// <summary>
/// What <c>careledger</c> returns to the shell. Scripts and CI rely on these numbers, so they never change meaning;
/// the user guide (docs/user-guide.md) documents them.
/// </summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked; a checked file may still carry warnings.</summary>
    public const int Ok = 0;

    /// <summary>The input was read and has errors: <c>validate</c> found at least one error in the contract.</summary>
    public const int Findings = 1;

    /// <summary>The command could not start: a usage mistake (unknown command, missing argument, unknown template) or a file that cannot be read or written.</summary>
    public const int Usage = 2;

    /// <summary>CareLedger itself failed: a bug, never a problem with the user's input. The message says what to report.</summary>
    public const int InternalError = 3;
}
