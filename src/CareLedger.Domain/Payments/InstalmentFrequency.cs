namespace CareLedger.Domain.Payments;

public enum InstalmentFrequency
{
    Monthly,
    Quarterly,
    Annual,
}
