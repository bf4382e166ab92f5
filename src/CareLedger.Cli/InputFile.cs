using CareLedger.Application.Inputs;

namespace CareLedger.Cli;

/// <summary>
/// Reads a file a command was given, safely: only a regular file, only up to the size limit for its kind, and only
/// as UTF-8 text. A problem with the path (missing, a directory, a device or pipe, too large, unreadable) is printed
/// with what to do and exits <see cref="ExitCodes.Usage"/>; text that is not UTF-8 is a located finding and exits
/// <see cref="ExitCodes.Findings"/>.
/// </summary>
internal static class InputFile
{
    public static InputText Read(string path, CliConsole console, long limit = InputLimits.ContractBytes, string kind = "contract")
    {
        var bytes = ReadBytes(path, console, limit, kind);
        if (bytes.Content is not { } content)
        {
            return new InputText(null, bytes.ExitCode);
        }

        var decoded = TextDecoding.Decode(path, content.Span);
        if (decoded.Value is not { } text)
        {
            Diagnostics.Print(decoded.Diagnostics, console);
            return new InputText(null, ExitCodes.Findings);
        }

        return new InputText(text, ExitCodes.Ok);
    }

    /// <summary>The file's bytes exactly as they are (for a file that is stored as given, or is not text: a workbook).</summary>
    public static InputBytes ReadBytes(string path, CliConsole console, long limit, string kind)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return Failed(console, $"no file was given. Pass the path of a {kind} file, e.g. 'careledger validate contract.yaml'.");
        }

        var fullPath = console.Resolve(path);
        if (Directory.Exists(fullPath))
        {
            return Failed(console, $"'{path}' is a directory, not a {kind} file. Pass the path of a file inside it.");
        }

        if (!File.Exists(fullPath))
        {
            return Failed(console,
                $"cannot read '{path}': there is no such file (looked for {fullPath}). "
                + "Check the name and the current directory, or write a new contract with 'careledger init NAME' "
                + "('careledger templates' lists the names).");
        }

        if (!FileKind.IsRegularFile(fullPath))
        {
            return Failed(console, $"'{path}' is not a regular file (it is a device, a pipe or a socket), so it was not read. Save the {kind} to a file and pass its path.");
        }

        try
        {
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (stream.Length > limit)
            {
                return TooLarge(console, path, kind, limit);
            }

            // Read at most one byte past the limit: a file that grows while it is read is still refused.
            var buffer = new byte[Math.Min(stream.Length, limit) + 1];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            if (read > limit)
            {
                return TooLarge(console, path, kind, limit);
            }

            return new InputBytes(buffer.AsMemory(0, read), ExitCodes.Ok);
        }
        catch (UnauthorizedAccessException)
        {
            return Failed(console, $"cannot read '{path}': permission denied. Make it readable (chmod u+r '{path}') or copy it somewhere you can read.");
        }
        catch (IOException exception)
        {
            return Failed(console, $"cannot read '{path}': {exception.Message} Check that the file is a readable file and try again.");
        }
    }

    private static InputBytes TooLarge(CliConsole console, string path, string kind, long limit) =>
        Failed(console, $"'{path}' is larger than {InputLimits.Describe(limit)}, the limit for {kind} files, so it was not read. Check that it is the right file.");

    private static InputBytes Failed(CliConsole console, string problem)
    {
        console.WriteProblem(problem);
        return new InputBytes(null, ExitCodes.Usage);
    }
}
