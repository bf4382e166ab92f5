namespace CareLedger.Domain.Periods;

public enum PeriodKind
{
    Year,
    Quarter,
    Month,
}
