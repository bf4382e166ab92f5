namespace CareLedger.Analytics.Capitation;

/// <summary>
/// Where a place's fair share goes in a contract's <c>baseline</c>: the service line and provider (contract ids) of the
/// one spend entry that carries it, with basis <c>weighted-capitation</c>.
/// </summary>
public sealed record CapitationBaseline(string ServiceLine, string Provider);
