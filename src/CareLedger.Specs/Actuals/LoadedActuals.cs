using CareLedger.Domain.Actuals;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// Actuals after reading and checking against the contract: the actuals of every file combined, or null when any
/// file had an error (nothing is settled on half-read actuals), and every finding in file order.
/// </summary>
public sealed record LoadedActuals(ContractActuals? Actuals, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.IsError);

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(diagnostic => diagnostic.IsError);
}
