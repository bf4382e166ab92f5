namespace CareLedger.Cli;

/// <summary>A file's bytes, or null with the exit code to return (the problem has been printed).</summary>
internal sealed record InputBytes(ReadOnlyMemory<byte>? Content, int ExitCode);
