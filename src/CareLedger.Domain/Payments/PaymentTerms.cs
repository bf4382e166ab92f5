namespace CareLedger.Domain.Payments;

/// <summary>How each provider's contract value is paid: fixed, variable, outcome and fee elements.</summary>
/// <param name="ManagementFees">Fees to primes for managing contracts: at most one per payee (Staffordshire has two primes, each paid a fee).</param>
public sealed record PaymentTerms(
    FixedElementTerms Fixed,
    VariableElementTerms? Variable,
    OutcomeElementTerms? Outcome,
    IReadOnlyList<ManagementFeeTerms> ManagementFees,
    IReadOnlyList<ProviderPaymentOverride> Overrides);
