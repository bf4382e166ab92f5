namespace CareLedger.Domain.Payments;

/// <summary>How each provider's contract value is paid: fixed, variable, outcome and fee elements.</summary>
public sealed record PaymentTerms(
    FixedElementTerms Fixed,
    VariableElementTerms? Variable,
    OutcomeElementTerms? Outcome,
    ManagementFeeTerms? ManagementFee,
    IReadOnlyList<ProviderPaymentOverride> Overrides);
