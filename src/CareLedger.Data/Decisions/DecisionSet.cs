using CareLedger.Domain.Actuals;
using CareLedger.Domain.Contracts;

namespace CareLedger.Data.Decisions;

/// <summary>
/// The contract as the board's decisions leave it, what they add to the actuals, and a fingerprint of the decisions
/// (so a new decision makes a new settlement run, and none leaves the run unchanged).
/// </summary>
public sealed class DecisionSet(Contract contract, string fingerprint, Func<ContractActuals, ContractActuals> apply)
{
    public Contract Contract { get; } = contract;

    public string Fingerprint { get; } = fingerprint;

    public ContractActuals Apply(ContractActuals actuals) => apply(actuals);

    /// <summary>No recorded decisions: the contract as uploaded, the actuals as imported.</summary>
    public static DecisionSet None(Contract contract) => new(contract, "no-decisions", actuals => actuals);
}
