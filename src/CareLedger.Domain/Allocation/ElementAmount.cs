namespace CareLedger.Domain.Allocation;

/// <summary>
/// One element of a provider's contract value and how it was derived: either rate × basis rounded to the penny,
/// a stated amount, the budget on lines paid at actual allowable cost, or (the fixed element) whatever the other
/// elements leave.
/// </summary>
/// <param name="Rate">The share of the basis, when the element is a rate; for the fixed element, its stated share, if any.</param>
/// <param name="Basis">The contract value the rate applied to.</param>
/// <param name="IsRemainder">True for the fixed element: contract value less the other elements.</param>
public sealed record ElementAmount(
    PaymentElement Element,
    Money Amount,
    Percentage? Rate,
    Money Basis,
    bool IsRemainder,
    SourceRef? Source = null)
{
    /// <summary>The derivation in words, e.g. <c>2.5% × £26,500,000.00 = £662,500.00</c>.</summary>
    public string Formula => Element == PaymentElement.CostReimbursement
        ? $"the budget on the lines paid at actual allowable cost = {Amount}, the planned amount: paid on reported costs, not in instalments"
        : IsRemainder
        ? $"contract value {Basis} less the other elements = {Amount}{(Rate is { } share ? $" (stated share {share})" : string.Empty)}"
        : Rate is { } rate
            ? $"{rate} × {Basis} = {Amount}"
            : $"stated amount {Amount}";
}
