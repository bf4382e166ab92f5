using CareLedger.Domain;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;

namespace CareLedger.Specs.Validation.Rules;

/// <summary>
/// The element shares one provider's contract value is split into in one year, after its override (if any) and
/// the year's by-year values. <see cref="Fixed"/> is null when the fixed element is simply what the others leave.
/// </summary>
internal sealed record ElementShares(
    Percentage? Fixed,
    Percentage Variable,
    Percentage Outcome,
    Percentage Fee,
    ProviderPaymentOverride? Override,
    ManagementFeeTerms? FeeTerms)
{
    /// <summary>True when the provider's own management fee (within contract value, as a rate) takes a share.</summary>
    public bool FeeApplies => FeeTerms is not null;

    public Percentage Total => (Fixed ?? Percentage.Zero) + Variable + Outcome + Fee;

    /// <summary>A stated fixed share must make exactly 100% with the rest; otherwise the rest must leave room for it.</summary>
    public bool Fit => Fixed is null ? Total <= Percentage.Hundred : Total == Percentage.Hundred;

    /// <param name="payee">The provider, or null for the contract-wide terms when no provider is known.</param>
    public static ElementShares For(PaymentTerms payment, Id<Party>? payee, int year)
    {
        var entry = payee is { } id ? payment.Overrides.FirstOrDefault(candidate => candidate.Provider == id) : null;
        var feeTerms = payee is { } feePayee
            ? payment.ManagementFees.FirstOrDefault(terms => terms is { Basis: FeeBasis.WithinContractValue, Rate: not null } && terms.Payee == feePayee)
            : null;
        var fee = feeTerms?.Rate!.For(year);
        return new ElementShares(
            entry?.FixedShare ?? payment.Fixed.Share,
            entry?.VariableShare?.For(year) ?? payment.Variable?.PlannedShare.For(year) ?? Percentage.Zero,
            entry?.OutcomeShare?.For(year) ?? payment.Outcome?.PotShare.For(year) ?? Percentage.Zero,
            fee ?? Percentage.Zero,
            entry,
            feeTerms);
    }

    /// <summary><c>fixed 95% (stated) + outcome 2.5% + management fee 2.5%</c>: every element that takes a share.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Fixed is { } stated)
        {
            parts.Add($"fixed {stated} (stated)");
        }

        if (Variable != Percentage.Zero)
        {
            parts.Add($"variable {Variable}");
        }

        if (Outcome != Percentage.Zero)
        {
            parts.Add($"outcome {Outcome}");
        }

        if (FeeApplies)
        {
            parts.Add($"management fee {Fee}");
        }

        return parts.Count == 0 ? "no elements" : string.Join(" + ", parts);
    }
}
