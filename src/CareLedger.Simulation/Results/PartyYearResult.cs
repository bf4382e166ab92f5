using CareLedger.Simulation.Summaries;

namespace CareLedger.Simulation.Results;

/// <summary>
/// A party's simulated year (or term): its income from the contract (what it is due under every element; negative for
/// a payer), and where the scenario gives its cost, its surplus (income − cost) and the probability of a deficit; the
/// outcome element paid and the probability it was earned in full; the probabilities of shared savings being paid
/// (savings cleared the minimum savings rate) and of a corridor moving money. Absent where it does not apply.
/// </summary>
public sealed record PartyYearResult(
    string Year,
    MoneySummary Income,
    MoneySummary? Surplus,
    Probability? Deficit,
    MoneySummary? OutcomePaid,
    Probability? OutcomeEarned,
    Probability? SavingsShared,
    Probability? CorridorMoved);
