using CareLedger.Application;
using CareLedger.Domain.Actuals;

namespace CareLedger.Data.Imports;

/// <summary>
/// A contract's current actuals, read and checked; their fingerprint (the same imports give the same fingerprint, so
/// an unchanged period settles to the same run); and the files they came from (missing actuals are reported at them).
/// </summary>
public sealed record ActualsSnapshot(ContractActuals Actuals, string Fingerprint, IReadOnlyList<SourceText> Files);
