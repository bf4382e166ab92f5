namespace CareLedger.Domain.Payments;

/// <summary>
/// The fixed element: the stable bulk of each provider's payment, paid in instalments. Its share is either stated
/// (Bedfordshire's 95%) or, when null, whatever the other elements leave of the contract value.
/// </summary>
public sealed record FixedElementTerms(Percentage? Share, InstalmentSchedule Instalments, SourceRef? Source = null);
