using CareLedger.Simulation.Summaries;

namespace CareLedger.Simulation.Viability;

/// <summary>
/// The least term value at which the bidder ends the term in surplus with probability <see cref="Level"/>, found by
/// search over the same simulated futures, ± its standard error (pounds); the bid discount it means against the
/// contract's published value (1 − value ÷ published, a fraction; negative when more than published is needed); and
/// the probability of a surplus measured by simulating the contract at that value, which checks the search. Value,
/// discount and check are null when no value found makes the bidder sustainable that often (its income does not rise
/// with the value in enough runs).
/// </summary>
public sealed record SustainableValue(double Level, Estimate? Value, double? Discount, double? DiscountStandardError, Probability? Achieved);
