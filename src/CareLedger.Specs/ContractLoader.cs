using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading;
using CareLedger.Specs.Validation;

namespace CareLedger.Specs;

/// <summary>Reads and validates a contract file in one step: what the CLI and later the web app call.</summary>
public static class ContractLoader
{
    public static LoadedContract Load(string yaml, string fileName)
    {
        var read = ContractReader.Read(yaml, fileName);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(read.Diagnostics);
        if (read.Contract is not null)
        {
            diagnostics.AddRange(ContractValidator.Validate(read.Contract, read.Locations));
        }

        return new LoadedContract(read.Contract, read.Locations, diagnostics.Sorted()) { Sources = read.Sources };
    }

    /// <summary>Loads a file from disk; the diagnostics name it as the caller wrote it.</summary>
    public static LoadedContract LoadFile(string path) => Load(File.ReadAllText(path), path);
}
