using CareLedger.Domain;

namespace CareLedger.Simulation.Viability;

/// <summary>
/// Whether a bid is viable: the bidder's position at the contract value modelled (the scenario's, else the contract's
/// own) year by year and over the term, the worst year (the most likely deficit), and the values at which it is
/// sustainable with each probability in <see cref="ViabilityOptions.Levels"/>. <see cref="Simulations"/> counts the
/// simulations the search ran, each of <see cref="Runs"/> runs on the same draws; <see cref="Searched"/> is each value
/// they were run at, least first, with the share of runs in surplus over the term there.
/// </summary>
public sealed record ViabilityResult(
    string Contract,
    string Scenario,
    string Bidder,
    string BidderName,
    long Runs,
    ulong Seed,
    string Currency,
    Money PublishedValue,
    Money ModelledValue,
    IReadOnlyList<ViabilityYear> Years,
    ViabilityYear Term,
    string WorstYear,
    IReadOnlyList<SustainableValue> Sustainable,
    int Simulations,
    IReadOnlyList<SearchedValue> Searched);
