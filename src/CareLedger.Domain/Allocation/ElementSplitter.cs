using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Allocation;

/// <summary>
/// Splits a provider's contract value into elements. The management fee (when within the contract value), the
/// outcome pot and the planned variable value are each rate × contract value, rounded to the penny (a named
/// rounding point); the budget on lines reimbursed at cost is already whole pennies; the fixed element takes what
/// remains, so the elements add up exactly.
/// </summary>
internal static class ElementSplitter
{
    /// <param name="reimbursed">The provider's budget on lines paid at actual allowable cost this year (zero for none).</param>
    public static ElementSplit Split(Contract contract, Id<Party> payee, ContractYear year, Money contractValue, Money reimbursed, List<BudgetIssue> issues)
    {
        var payment = contract.Payment;
        var rounding = contract.Rounding;
        var overrides = payment.Overrides.FirstOrDefault(candidate => candidate.Provider == payee);

        var variableRate = overrides?.VariableShare?.For(year) ?? payment.Variable?.PlannedShare.For(year) ?? Percentage.Zero;
        var variable = RateOf(PaymentElement.Variable, variableRate, contractValue, rounding, overrides?.VariableShare is null ? payment.Variable?.Source : overrides.Source);

        var outcomeRate = overrides?.OutcomeShare?.For(year) ?? payment.Outcome?.PotShare.For(year) ?? Percentage.Zero;
        var outcome = RateOf(PaymentElement.Outcome, outcomeRate, contractValue, rounding, overrides?.OutcomeShare is null ? payment.Outcome?.Source : overrides.Source);

        var fee = payment.ManagementFees.FirstOrDefault(terms => terms.Basis == FeeBasis.WithinContractValue && terms.Payee == payee) is { } terms
            ? FeeOf(terms, year, contractValue, rounding)
            : new ElementAmount(PaymentElement.ManagementFee, Money.Zero(contractValue.Currency), null, contractValue, false);

        var fixedAmount = contractValue - variable.Amount - outcome.Amount - fee.Amount - reimbursed;
        if (fixedAmount.IsNegative)
        {
            // A stated fee amount is the usual cause; rates are checked to fit within 100% before anything is computed.
            object cause = payment.ManagementFees.FirstOrDefault(terms => terms.Basis == FeeBasis.WithinContractValue && terms.Payee == payee && terms.Amount is not null) is { } stated
                ? stated
                : payment.Fixed;
            issues.Add(new BudgetIssue(year, $"The other elements of {payee}'s contract value ({contractValue}) add to more than it, leaving a fixed element of {fixedAmount}.", payment.Fixed.Source, BudgetIssueKind.ElementsExceedValue, cause));
        }

        // The fixed element is always what the others leave, so the parts add up exactly; a stated share (validated
        // to make 100% with the others) is carried for display.
        var statedShare = overrides?.FixedShare ?? payment.Fixed.Share;
        var fixedElement = new ElementAmount(PaymentElement.Fixed, fixedAmount, statedShare, contractValue, true, payment.Fixed.Source);
        return new ElementSplit(fixedElement, variable, outcome, fee);
    }

    /// <summary>A management fee as a rate of contract value, or a stated annual amount (pro-rated by months in a part year).</summary>
    public static ElementAmount FeeOf(ManagementFeeTerms terms, ContractYear year, Money contractValue, RoundingRule rounding)
    {
        if (terms.Rate is { } rates)
        {
            return RateOf(PaymentElement.ManagementFee, rates.For(year), contractValue, rounding, terms.Source);
        }

        var annual = terms.Amount!.For(year);
        var amount = new Money(annual.Amount * year.CoveredMonths / 12m, annual.Currency).Round(rounding);
        return new ElementAmount(PaymentElement.ManagementFee, amount, null, contractValue, false, terms.Source);
    }

    private static ElementAmount RateOf(PaymentElement element, Percentage rate, Money contractValue, RoundingRule rounding, SourceRef? source) =>
        new(element, (contractValue * rate).Round(rounding), rate, contractValue, false, source);
}
