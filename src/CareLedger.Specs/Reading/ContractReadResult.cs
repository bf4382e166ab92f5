using CareLedger.Domain.Contracts;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Reading;

/// <summary>
/// What the reader made of a file: the contract (best effort — present whenever the file is YAML with a readable
/// <c>contract.term</c>, even if other parts had errors), where everything was written, and the problems found.
/// </summary>
public sealed record ContractReadResult(Contract? Contract, SpecLocations Locations, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>
    /// The file's <c>sources</c>: free citations for its figures, shown by <c>validate --verbose</c>. Kept here
    /// because the domain contract has no place for them.
    /// </summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
}
