namespace CareLedger.Data.Audit;

/// <summary>The result of checking the trail: how many entries checked out, and the first that did not, with why.</summary>
public sealed record AuditVerification(long EntriesChecked, long? FirstBadSequence, string? Problem)
{
    public bool Intact => FirstBadSequence is null;
}
