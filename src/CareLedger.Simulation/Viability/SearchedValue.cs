using CareLedger.Domain;
using CareLedger.Simulation.Summaries;

namespace CareLedger.Simulation.Viability;

/// <summary>
/// One contract value the viability search simulated (the term's budget as settled) and the share of runs in which the
/// bidder ended the term in surplus at it, measured by that simulation. Read in order of value, these trace how the
/// chance of being sustainable rises with the contract value.
/// </summary>
public sealed record SearchedValue(Money Value, Probability Surplus);
