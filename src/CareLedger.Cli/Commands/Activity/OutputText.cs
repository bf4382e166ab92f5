namespace CareLedger.Cli.Commands.Activity;

/// <summary>Writes generated text to <c>-o FILE</c>, or prints it when no file (or <c>-</c>) is given.</summary>
internal static class OutputText
{
    /// <summary>Null when written; <see cref="ExitCodes.Usage"/> when the file cannot be written.</summary>
    public static int? Write(string text, string? output, CliConsole console)
    {
        if (output is null or "-")
        {
            console.Out.Write(text);
            return null;
        }

        try
        {
            File.WriteAllText(console.Resolve(output), text);
            console.Error.WriteLine($"careledger: wrote {output}.");
            return null;
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            console.WriteProblem($"cannot write {output}: {failure.Message}");
            return ExitCodes.Usage;
        }
    }
}
