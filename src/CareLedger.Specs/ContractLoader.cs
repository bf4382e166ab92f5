using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading;
using CareLedger.Specs.Validation;

namespace CareLedger.Specs;

/// <summary>Reads and validates a contract file in one step: what the CLI and later the web app call.</summary>
public static class ContractLoader
{
    public static LoadedContract Load(string yaml, string fileName) => Load(yaml, fileName, null);

    /// <summary>
    /// Reads and validates a contract with a population file's <c>population</c> section (a mapping with that one key)
    /// in place of its own: read where the contract's would be, so a <c>rate: projection</c> adjustment grows by the
    /// file's projection, and findings in it are at the population file's lines. Contracts compared side by side are
    /// given one population this way.
    /// </summary>
    public static LoadedContract Load(string yaml, string fileName, PopulationSource? population)
    {
        var read = ContractReader.Read(yaml, fileName, population);
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
