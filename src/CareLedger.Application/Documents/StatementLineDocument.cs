using CareLedger.Domain;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Settlement;

namespace CareLedger.Application.Documents;

/// <summary>A statement line without its explanation (which <see cref="ExplanationDocument"/> carries).</summary>
public sealed record StatementLineDocument(StatementElement Element, Money Amount, Id<Party> Counterparty, bool OnAccount, string Reason)
{
    public static StatementLineDocument Of(StatementLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new(line.Element, line.Amount, line.Counterparty, line.OnAccount, line.Reason);
    }
}
