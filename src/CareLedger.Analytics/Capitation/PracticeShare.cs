using CareLedger.Domain;

namespace CareLedger.Analytics.Capitation;

/// <summary>One practice's share of its ICB's budget, in proportion to its weighted population for the component.</summary>
public sealed record PracticeShare(PracticeWeighting Practice, Money Share);
