namespace CareLedger.Data.Decisions;

/// <summary>A correction to record: who pays whom, how much (in the contract's currency, to the penny), in which open period, and why.</summary>
/// <param name="Corrects">The closed period being corrected, when there is one.</param>
public sealed record CorrectionRequest(string Period, string FromParty, string ToParty, decimal Amount, string Reason, string? Corrects = null);
