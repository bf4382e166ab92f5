namespace CareLedger.Domain.Settlement.Rules.Population;

/// <summary>The adjustment for a number of heads at the tolerance's price per head, and how the price was found.</summary>
/// <param name="Adjustment">Heads × price per head, rounded once to the penny.</param>
/// <param name="Shown">The price as written into the formula, e.g. "£1,050.00" or "(£160,000,000.00 ÷ 153,750)".</param>
/// <param name="Basis">Where the price came from, in words.</param>
internal sealed record TolerancePrice(Money Adjustment, string Shown, string Basis, SourceRef? Source);
