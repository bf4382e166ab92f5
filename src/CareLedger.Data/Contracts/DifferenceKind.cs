namespace CareLedger.Data.Contracts;

/// <summary>Whether a key was added, removed, or given another value.</summary>
public enum DifferenceKind
{
    Added,
    Removed,
    Changed,
}
