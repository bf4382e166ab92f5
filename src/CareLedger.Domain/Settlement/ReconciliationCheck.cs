namespace CareLedger.Domain.Settlement;

/// <summary>A check the settlement prints with its statements, such as "transfers between providers net to zero".</summary>
public sealed record ReconciliationCheck(string Name, bool Passed, string Detail);
