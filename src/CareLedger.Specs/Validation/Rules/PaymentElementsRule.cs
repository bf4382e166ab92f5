using CareLedger.Domain;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Parties;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Validation.Rules;

/// <summary>
/// CL205: for every provider paid a contract value, in every year, the variable share, the outcome pot and a
/// management fee within contract value must fit inside 100% — exactly 100% together with the fixed share when
/// that is stated. Overrides and by-year values are taken into account, because that is where a year or a
/// provider usually goes over (an outcome share rising to 15% beside a stated 95% fixed share).
/// </summary>
internal sealed class PaymentElementsRule : IContractRule
{
    public void Check(ContractValidationContext context)
    {
        if (context.YearCount == 0)
        {
            return;
        }

        var payees = PayeesOf(context);
        IEnumerable<Id<Party>?> subjects = payees.Count == 0 ? [null] : payees.Select(payee => (Id<Party>?)payee);
        var findings = new List<(ElementShares Shares, string[] Years, Id<Party>? Payee)>();
        foreach (var payee in subjects)
        {
            var failing = context.YearNumbers
                .Select(year => (Year: context.YearLabel(year), Shares: ElementShares.For(context.Contract.Payment, payee, year)))
                .Where(entry => !entry.Shares.Fit)
                .GroupBy(entry => entry.Shares);
            findings.AddRange(failing.Select(group => (group.Key, group.Select(entry => entry.Year).ToArray(), payee)));
        }

        // Providers with the same figures in the same years share one message: usually the contract-wide terms.
        foreach (var group in findings.GroupBy(finding => (finding.Shares, Years: string.Join("|", finding.Years))))
        {
            var first = group.First();
            var everyone = first.Payee is null || (payees.Count > 1 && group.Count() == payees.Count);
            var who = everyone
                ? "every provider"
                : Wording.List(group.Select(finding => context.PartyName(finding.Payee!.Value)));
            context.Error(
                Locate(context, first.Shares),
                DiagnosticCodes.ElementsDoNotFit,
                Message(first.Shares, who, Wording.Years(first.Years, context.YearCount)));
        }
    }

    private static string Message(ElementShares shares, string who, string when)
    {
        var parts = shares.Describe();
        if (shares.Fixed is { } stated)
        {
            return $"the payment elements for {who} add to {shares.Total} in {when}, not 100% ({parts}); "
                + $"with the fixed share stated as {stated}, the elements must make exactly 100%: correct a share, or leave out fixed.share so that the fixed element is what the others leave.";
        }

        return $"the payment elements for {who} take {shares.Total} of contract value in {when} ({parts}), leaving nothing for the fixed element; "
            + "reduce a share so that together they are at most 100%.";
    }

    /// <summary>Where the figure that tips a provider over was written: its override, its fee, or the contract-wide share.</summary>
    private static SourceLocation Locate(ContractValidationContext context, ElementShares shares)
    {
        var payment = context.Contract.Payment;
        if (shares.Override is { } entry)
        {
            var keys = new List<string>();
            if (entry.FixedShare is not null)
            {
                keys.Add("fixed_share");
            }

            if (entry.OutcomeShare is not null)
            {
                keys.Add("outcome_share");
            }

            if (entry.VariableShare is not null)
            {
                keys.Add("variable_share");
            }

            keys.Add("provider");
            return context.Locate(entry, [.. keys]);
        }

        if (shares.FeeTerms is { } fee)
        {
            return context.Locate(fee, "rate");
        }

        if (payment.Fixed.Share is not null)
        {
            return context.Locate(payment.Fixed, "share");
        }

        if (payment.Outcome is { } outcome && shares.Outcome != Percentage.Zero)
        {
            return context.Locate(outcome, "share");
        }

        return payment.Variable is { } variable ? context.Locate(variable, "share") : context.Locate(payment.Fixed);
    }

    private static List<Id<Party>> PayeesOf(ContractValidationContext context)
    {
        var contract = context.Contract;
        var payees = contract.Baseline.Cells.Select(cell => context.PayeeOf(cell.Provider))
            .Concat(contract.Adjustments.OfType<ShiftAdjustment>().Select(shift => context.PayeeOf(shift.ToProvider)))
            .Concat(contract.Payment.Overrides.Select(entry => entry.Provider));
        return payees.Distinct().ToList();
    }
}
