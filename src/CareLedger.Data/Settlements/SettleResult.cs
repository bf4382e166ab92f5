using CareLedger.Application;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Data.Settlements;

/// <summary>The run settled (or found unchanged), or every reason it could not be.</summary>
public sealed record SettleResult(SettleOutcome Outcome, SettlementRun? Run, IReadOnlyList<Diagnostic> Diagnostics, RequestProblem? Problem = null)
{
    public static SettleResult Refused(RequestProblem problem, IReadOnlyList<Diagnostic>? diagnostics = null) => new(SettleOutcome.Refused, null, diagnostics ?? [], problem);

    public static SettleResult Refused(IReadOnlyList<Diagnostic> diagnostics) => new(SettleOutcome.Refused, null, diagnostics);
}
