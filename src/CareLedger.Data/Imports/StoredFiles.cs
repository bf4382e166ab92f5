using CareLedger.Application;
using CareLedger.Application.Actuals;
using CareLedger.Data.Storage;

namespace CareLedger.Data.Imports;

/// <summary>
/// The files of imports in force, decoded from the bytes stored with them exactly as they were when imported, so
/// they read (and are cited) the same way years later. Each is named by its file name; when two of a contract's
/// files share a name, each is told apart by its import number (<c>activity.csv (import 3)</c>).
/// </summary>
internal static class StoredFiles
{
    public static async Task<ServiceResult<IReadOnlyList<ActualsFile>>> DecodeAsync(
        LedgerTransaction transaction,
        IReadOnlyList<ActualsImport> imports,
        ISet<string> clashingNames,
        CancellationToken cancellationToken)
    {
        var files = new List<ActualsFile>();
        foreach (var import in imports)
        {
            var content = await ImportStore.ContentAsync(transaction, import.Id, cancellationToken).ConfigureAwait(false);
            var decoded = ActualsFileDecoder.Decode(NameOf(import.FileName, import.Sequence, clashingNames), content);
            if (decoded.Value is not { } file)
            {
                return decoded.FailedAs<IReadOnlyList<ActualsFile>>();
            }

            files.Add(file);
        }

        return ServiceResult<IReadOnlyList<ActualsFile>>.Success(files);
    }

    /// <summary>The name a file's findings and citations give it.</summary>
    public static string NameOf(string fileName, long sequence, ISet<string> clashingNames) =>
        clashingNames.Contains(fileName) ? $"{fileName} (import {sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)})" : fileName;

    /// <summary>The names given to more than one file.</summary>
    public static HashSet<string> Clashing(IEnumerable<string> fileNames) =>
        fileNames.GroupBy(name => name, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key).ToHashSet(StringComparer.Ordinal);
}
