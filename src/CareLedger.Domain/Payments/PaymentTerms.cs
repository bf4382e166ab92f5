namespace CareLedger.Domain.Payments;

/// <summary>How each provider's contract value is paid: fixed, variable, outcome and fee elements, and lines paid at cost.</summary>
/// <param name="ManagementFees">Fees to primes for managing contracts: at most one per payee (Staffordshire has two primes, each paid a fee).</param>
/// <param name="CostReimbursement">Service lines paid at actual allowable cost instead of instalments, in the years they name; none when not given.</param>
public sealed record PaymentTerms(
    FixedElementTerms Fixed,
    VariableElementTerms? Variable,
    OutcomeElementTerms? Outcome,
    IReadOnlyList<ManagementFeeTerms> ManagementFees,
    IReadOnlyList<ProviderPaymentOverride> Overrides,
    IReadOnlyList<CostReimbursementTerms>? CostReimbursement = null)
{
    /// <summary>Service lines paid at actual allowable cost; empty when the contract reimburses none.</summary>
    public IReadOnlyList<CostReimbursementTerms> CostReimbursement { get; init; } = CostReimbursement ?? [];
}
