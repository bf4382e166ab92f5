using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Contracts;

/// <summary>When the contract runs: its first month, its length in months and the month its years start.</summary>
public sealed record Term(YearMonth Start, int Months, int YearStartMonth, IReadOnlyList<TermExtension> Extensions)
{
    private ContractCalendar? _calendar;

    public ContractCalendar Calendar => _calendar ??= new ContractCalendar(Start, Months, YearStartMonth);
}
