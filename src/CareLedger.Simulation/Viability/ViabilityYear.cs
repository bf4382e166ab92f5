using CareLedger.Domain;
using CareLedger.Simulation.Summaries;

namespace CareLedger.Simulation.Viability;

/// <summary>
/// The bidder's position in one contract year (or over the term) at the value modelled: the unfunded costs counted
/// against it (exact), its mean surplus and its 5th, 50th and 95th percentiles (after those costs, each ± its Monte Carlo
/// standard error),
/// the probability of a deficit, and the expected shortfall — the mean over all runs of the deficit, a run in surplus
/// counting as nothing (so the pounds that would have to be found, on average).
/// </summary>
public sealed record ViabilityYear(string Year, Money Unfunded, Estimate MeanSurplus, Estimate P5Surplus, Probability Deficit, Estimate ExpectedShortfall, Estimate P50Surplus, Estimate P95Surplus);
