using CareLedger.Domain.Explaining;
using CareLedger.Domain.Parties;

namespace CareLedger.Domain.Settlement;

/// <summary>
/// One line of a party's statement. A positive amount is money the party receives, a negative one money it pays.
/// Every line has an equal and opposite line on its counterparty's statement, so all statements together sum to
/// zero. The explanation is built only when asked for: simulations settle thousands of years and never read it.
/// </summary>
public sealed class StatementLine
{
    private readonly Func<Explanation> _explain;
    private readonly Func<string>? _describe;
    private Explanation? _explanation;
    private string? _reason;

    internal StatementLine(Id<Party> party, StatementElement element, Money amount, string reason, Id<Party> counterparty, bool onAccount, Func<Explanation> explain)
        : this(party, element, amount, counterparty, onAccount, explain)
    {
        _reason = reason;
    }

    /// <summary>A line whose reason is worded only when read, for rules that run in simulation loops.</summary>
    internal StatementLine(Id<Party> party, StatementElement element, Money amount, Func<string> describe, Id<Party> counterparty, bool onAccount, Func<Explanation> explain)
        : this(party, element, amount, counterparty, onAccount, explain)
    {
        _describe = describe;
    }

    private StatementLine(Id<Party> party, StatementElement element, Money amount, Id<Party> counterparty, bool onAccount, Func<Explanation> explain)
    {
        Party = party;
        Element = element;
        Amount = amount;
        Counterparty = counterparty;
        OnAccount = onAccount;
        _explain = explain;
    }

    public Id<Party> Party { get; }

    public StatementElement Element { get; }

    public Money Amount { get; }

    /// <summary>One line in words, e.g. "Outcome payment: alliance met 100% of the framework (threshold 100%)".</summary>
    public string Reason => _reason ??= _describe!();

    /// <summary>Who pays the party (or whom it pays).</summary>
    public Id<Party> Counterparty { get; }

    /// <summary>True for a line that deducts what in-year statements already paid (a year-end true-up).</summary>
    public bool OnAccount { get; }

    public Explanation Explain() => _explanation ??= _explain();
}
