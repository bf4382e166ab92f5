using CareLedger.Simulation.Summaries;

namespace CareLedger.Simulation.Comparison;

/// <summary>
/// A party's term under one model: its income (negative for a payer), and where the scenario gives it a cost, its
/// surplus and the probability of a deficit over the term; and the risk it carries — the spread of its term position
/// (surplus where it has a cost, else income) from P10 to P90, and that spread's share of the spreads of every party
/// under the model. A commissioner paying a fixed budget carries none; paid by activity, it carries the activity's.
/// </summary>
public sealed record ComparedParty(
    string Party,
    string Name,
    MoneySummary Income,
    MoneySummary? Surplus,
    Probability? Deficit,
    decimal Spread,
    double RiskShare);
