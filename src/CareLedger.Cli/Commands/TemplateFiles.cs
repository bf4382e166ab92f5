using System.Text;
using CareLedger.Application;

namespace CareLedger.Cli.Commands;

/// <summary>
/// Writes what <c>init</c> renders: one file, or a folder of CSV tables. An existing file is never replaced unless
/// the user said <c>--force</c>, and each file is created atomically, so one that appears meanwhile is not
/// clobbered. Every method returns what went wrong, worded for the user, or null.
/// </summary>
internal static class TemplateFiles
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="path">The full path.</param>
    /// <param name="shown">The path as the user typed it, for messages.</param>
    /// <param name="suggestedName">A file name to suggest when <paramref name="path"/> is a folder.</param>
    public static string? WriteFile(string path, string shown, string text, bool force, string suggestedName) =>
        WriteFile(path, shown, Utf8WithoutBom.GetBytes(text), force, suggestedName);

    /// <summary>Writes bytes as they are (a workbook).</summary>
    public static string? WriteFile(string path, string shown, byte[] content, bool force, string suggestedName)
    {
        if (Directory.Exists(path))
        {
            return $"'{shown}' is a directory. Give a file name, e.g. '-o {Path.Join(shown, suggestedName)}'.";
        }

        var folder = Path.GetDirectoryName(path);
        if (folder is not null && !Directory.Exists(folder))
        {
            return $"cannot write '{shown}': the folder {folder} does not exist. Create it first (mkdir -p '{folder}') or choose another path with -o.";
        }

        return Create(path, shown, content, force, "choose another file with -o FILE");
    }

    /// <summary>
    /// Writes <paramref name="files"/> into <paramref name="folder"/>, creating the folder (not its parents) if needed.
    /// If any of them exists and <paramref name="force"/> is not set, nothing is written.
    /// </summary>
    public static string? WriteFolder(string folder, string shown, IReadOnlyList<SourceText> files, bool force)
    {
        if (File.Exists(folder))
        {
            return $"'{shown}' is a file; the CSV tables go into a folder. Choose a folder with -o DIR.";
        }

        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(folder));
        if (parent is not null && !Directory.Exists(parent))
        {
            return $"cannot write into '{shown}': the folder {parent} does not exist. Create it first (mkdir -p '{parent}') or choose another folder with -o DIR.";
        }

        var existing = files.Where(file => File.Exists(Path.Combine(folder, file.Name))).Select(file => file.Name).ToArray();
        if (existing.Length > 0 && !force)
        {
            return $"'{shown}' already holds {string.Join(", ", existing)}, so nothing was written. "
                + "Add --force to replace them, or choose another folder with -o DIR.";
        }

        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return $"cannot create the folder '{shown}': {exception.Message} Choose another folder with -o DIR.";
        }

        foreach (var file in files)
        {
            var problem = Create(Path.Combine(folder, file.Name), Path.Join(shown, file.Name), Utf8WithoutBom.GetBytes(file.Text), force, "choose another folder with -o DIR");
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    /// <param name="instead">What else the user can do, e.g. "choose another file with -o FILE".</param>
    private static string? Create(string path, string shown, byte[] content, bool force, string instead)
    {
        try
        {
            using var stream = new FileStream(path, force ? FileMode.Create : FileMode.CreateNew, FileAccess.Write);
            stream.Write(content);
            return null;
        }
        catch (IOException) when (!force && File.Exists(path))
        {
            return $"'{shown}' already exists, so it was left as it is. Add --force to replace it, or {instead}.";
        }
        catch (UnauthorizedAccessException)
        {
            return $"cannot write '{shown}': permission denied. Make it writable, or {instead}.";
        }
        catch (IOException exception)
        {
            return $"cannot write '{shown}': {exception.Message} Try again, or {instead}.";
        }
    }
}
