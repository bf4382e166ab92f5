using CareLedger.Domain.Contracts;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading;

namespace CareLedger.Specs;

/// <summary>A contract file after reading and validation: the contract (if it could be read) and every finding.</summary>
public sealed record LoadedContract(Contract? Contract, SpecLocations Locations, IReadOnlyList<Diagnostic> Diagnostics)
{
    // Findings that concern only year-end settlement terms (framework weights, risk/reward gateway and
    // participants). A contract with only these can still have its budget and allocation computed, which lets a
    // framework loaded as published be examined while its weights are being put right.
    private static readonly HashSet<string> SettlementOnlyCodes =
    [
        DiagnosticCodes.IndicatorWeights,
        DiagnosticCodes.OutcomeWeights,
        DiagnosticCodes.TotalIndicatorWeights,
        DiagnosticCodes.GatewayNotPassed,
        DiagnosticCodes.FullGainLossShare,
        DiagnosticCodes.NotAParticipant,
    ];

    /// <summary>The citations listed under <c>sources</c> in the file, for readers checking where figures came from.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.IsError);

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(diagnostic => diagnostic.IsError);

    /// <summary>Errors that stop the budget being computed: everything except settlement-only findings.</summary>
    public IEnumerable<Diagnostic> BudgetBlockingErrors =>
        Errors.Where(diagnostic => !SettlementOnlyCodes.Contains(diagnostic.Code));

    public bool CanComputeBudget => Contract is not null && !BudgetBlockingErrors.Any();
}
