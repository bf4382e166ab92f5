namespace CareLedger.Cli;

/// <summary>
/// Reads the file a command was given. A missing or unreadable file is an expected outcome, returned with a message
/// that names the file as the user typed it and says how to fix it; commands exit with <see cref="ExitCodes.Usage"/>.
/// </summary>
internal static class InputFile
{
    public static InputText Read(string path, CliConsole console)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return Failed("no file was given. Pass the path of a contract file, e.g. 'careledger validate contract.yaml'.");
        }

        var fullPath = console.Resolve(path);
        if (Directory.Exists(fullPath))
        {
            return Failed($"'{path}' is a directory, not a contract file. Pass the path of a .yaml file inside it.");
        }

        if (!File.Exists(fullPath))
        {
            return Failed(
                $"cannot read '{path}': there is no such file (looked for {fullPath}). "
                + "Check the name and the current directory, or write a new contract with 'careledger init NAME' "
                + "('careledger templates' lists the names).");
        }

        try
        {
            return new InputText(File.ReadAllText(fullPath), null);
        }
        catch (UnauthorizedAccessException)
        {
            return Failed($"cannot read '{path}': permission denied. Make it readable (chmod u+r '{path}') or copy it somewhere you can read.");
        }
        catch (IOException exception)
        {
            return Failed($"cannot read '{path}': {exception.Message} Check that the file is a readable file and try again.");
        }
    }

    private static InputText Failed(string problem) => new(null, problem);
}
