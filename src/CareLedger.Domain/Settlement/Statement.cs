using CareLedger.Domain.Parties;
using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Settlement;

/// <summary>What one party receives (+) and pays (−) in a period, line by line.</summary>
public sealed record Statement(Party Party, ContractPeriod Period, IReadOnlyList<StatementLine> Lines, Currency Currency)
{
    public Money Total => Money.Sum(Lines.Select(line => line.Amount), Currency);

    public Money TotalOf(StatementElement element) =>
        Money.Sum(Lines.Where(line => line.Element == element).Select(line => line.Amount), Currency);
}
