using CareLedger.Specs.Diagnostics;

namespace CareLedger.Data.Imports;

/// <summary>
/// Stored actuals that no longer check against the contract being settled (a later version dropped a party they
/// name, say). Carries every finding, located in the stored files; replace the imports named to settle again.
/// </summary>
public sealed class StoredActualsException(string contractId, IReadOnlyList<Diagnostic> diagnostics)
    : Exception($"The actuals imported for '{contractId}' do not check against the contract: {string.Join("; ", diagnostics.Where(diagnostic => diagnostic.IsError).Take(3))}")
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
