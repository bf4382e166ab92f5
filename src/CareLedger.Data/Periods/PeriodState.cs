namespace CareLedger.Data.Periods;

/// <summary>A period's place in its life: open (nothing settled yet, or settled again freely), settled, closed (locked).</summary>
public enum PeriodState
{
    Open,
    Settled,
    Closed,
}
