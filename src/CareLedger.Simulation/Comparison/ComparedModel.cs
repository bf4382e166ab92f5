namespace CareLedger.Simulation.Comparison;

/// <summary>
/// One way of paying for the same population under the same scenario: a contract file (<see cref="Basis"/> is the
/// contract's own mechanisms), or the payment-by-activity baseline built from the first contract's cells.
/// </summary>
/// <param name="Label">How the model is shown: the contract file's name, or "payment by activity".</param>
/// <param name="Contract">The contract's id (for the baseline: the contract whose cells it prices).</param>
/// <param name="Model">The contract model in the contract's words (alliance, prime-contractor, …) or payment-by-activity.</param>
public sealed record ComparedModel(string Label, string Contract, string Model, PaymentBasis Basis, IReadOnlyList<ComparedParty> Parties);
