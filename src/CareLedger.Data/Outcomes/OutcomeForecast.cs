using CareLedger.Domain;
using CareLedger.Domain.Payments;

namespace CareLedger.Data.Outcomes;

/// <summary>
/// The outcome element of <see cref="Year"/> as the settlement engine would pay it today: each provider's pot and
/// what it would be paid. <see cref="Unreported"/> names the indicator results not yet imported, which score 0%.
/// </summary>
/// <param name="Threshold">The weighted score the alliance must reach when <see cref="Aggregation"/> is all-or-nothing.</param>
public sealed record OutcomeForecast(string Year, Currency Currency, OutcomeAggregation Aggregation, Percentage Threshold, IReadOnlyList<ProviderForecast> Providers, IReadOnlyList<string> Unreported)
{
    public Money Pot => Money.Sum(Providers.Select(provider => provider.Pot), Currency);

    public Money Paid => Money.Sum(Providers.Select(provider => provider.Paid), Currency);
}

/// <summary>One provider's outcome pot for the year, what the engine would pay of it, and the engine's reason in words.</summary>
public sealed record ProviderForecast(string PartyId, string Name, Money Pot, Money Paid, string Reason)
{
    public Money Withheld => Pot - Paid;
}
