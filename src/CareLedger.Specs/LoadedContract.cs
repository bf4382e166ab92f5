using CareLedger.Domain.Contracts;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading;

namespace CareLedger.Specs;

/// <summary>A contract file after reading and validation: the contract (if it could be read) and every finding.</summary>
public sealed record LoadedContract(Contract? Contract, SpecLocations Locations, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The citations listed under <c>sources</c> in the file, for readers checking where figures came from.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.IsError);

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(diagnostic => diagnostic.IsError);

    /// <summary>
    /// True when the contract was read and has no error. Every error stops the budget, and with it settlement and
    /// explanation, even one about year-end terms only (a framework's weights, a gateway): settling a year against
    /// terms known to be wrong would put wrong figures on statements. Warnings never stop anything.
    /// </summary>
    public bool CanComputeBudget => Contract is not null && !HasErrors;
}
