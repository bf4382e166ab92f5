using CareLedger.Domain.Contracts;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// What the section readers share while one actuals file is parsed into rows: the contract (its id, which a YAML
/// file names, and its currency, in which amounts are read), the file, and where problems go. Checking the rows
/// against the contract is <see cref="ActualsChecker"/>'s, whatever file they came from.
/// </summary>
internal sealed class ActualsContext(Contract contract, ReadContext read)
{
    public Contract Contract { get; } = contract;

    /// <summary>The reading context of the file: its name, the diagnostics, the contract's currency.</summary>
    public ReadContext Read { get; } = read;

    public string File => Read.File;

    public void Error(int line, int column, FieldPath path, string code, string message) =>
        Read.Diagnostics.Error(new SourceLocation(File, line, column, path), code, message);
}
