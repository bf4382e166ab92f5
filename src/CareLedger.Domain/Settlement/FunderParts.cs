using CareLedger.Domain.Contracts;
using CareLedger.Domain.Explaining;
using CareLedger.Domain.Settlement.Rules.RiskReward;

namespace CareLedger.Domain.Settlement;

/// <summary>
/// Funding that is not pooled: each commissioner pays its own share of every payment directly. A payment is split by
/// the funding shares with the largest-remainder rule, so the funders' parts add back to it exactly; a payment made
/// of instalments (a year's fixed element) is split instalment by instalment, so the year's parts are exactly what
/// the in-year statements paid, funder by funder.
/// </summary>
internal sealed class FunderParts
{
    private readonly IReadOnlyList<FundingShare> _funders;
    private readonly Share[] _shares;

    public FunderParts(IReadOnlyList<FundingShare> funders)
    {
        _funders = funders;
        _shares = funders.Select(funder => funder.Share).ToArray();
    }

    /// <summary>Each funder's part of a payment made of <paramref name="payments"/> (one payment, or its instalments).</summary>
    public Money[] Split(IReadOnlyList<Money> payments, Currency currency)
    {
        var parts = new Money[_funders.Count];
        Array.Fill(parts, Money.Zero(currency));
        foreach (var payment in payments.Where(payment => !payment.IsZero))
        {
            var split = Apportionment.ByShares(payment, _shares);
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] += split[i];
            }
        }

        return parts;
    }

    /// <summary>
    /// The payment's reason with whose share the line is, e.g. <c>Fixed element, instalment 2016/17-M01 of 12 — Stoke-on-Trent
    /// CCG's 35% share of £1,000,000.01</c>, and where the largest-remainder rule moved a penny, why.
    /// </summary>
    public string Reason(string reason, Contract contract, IReadOnlyList<Money> payments, Money total, Money[] parts, int index, RoundingRule rounding)
    {
        var funder = _funders[index];
        var text = $"{reason} — {contract.NameOf(funder.Funder)}'s {funder.Share} share of {total}";
        string? clause;
        if (payments.Count(payment => !payment.IsZero) > 1)
        {
            clause = funder.Share.Of(total, rounding) == parts[index] ? null : "each instalment split by the largest-remainder rule, so this is the sum of the shares of the instalments";
        }
        else
        {
            var names = _funders.Select(share => contract.NameOf(share.Funder)).ToArray();
            clause = OddPenny.Clause(total, _shares, parts, names, index, rounding);
        }

        return clause is null ? text : $"{text} ({clause})";
    }

    /// <summary>The payment's explanation, with the funder's share of it as the last steps.</summary>
    public Explanation Explain(Explanation payment, Contract contract, IReadOnlyList<Money> payments, Money total, Money part, int index)
    {
        var funder = _funders[index];
        var byInstalment = payments.Count(amount => !amount.IsZero) > 1;
        return payment with
        {
            Inputs = [.. payment.Inputs, new ExplanationInput($"funding share of {contract.NameOf(funder.Funder)} (paid directly: funding is not pooled)", funder.Share, funder.Source)],
            Steps = [.. payment.Steps, new ExplanationStep("the whole payment, from all the commissioners", total), new ExplanationStep(byInstalment ? "this commissioner's shares of each instalment, split by the largest-remainder rule" : "this commissioner's share, split by the largest-remainder rule", part)],
            Result = part,
        };
    }
}
