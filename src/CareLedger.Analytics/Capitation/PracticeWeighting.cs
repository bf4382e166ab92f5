namespace CareLedger.Analytics.Capitation;

/// <summary>
/// One GP practice's line of the weighted-population file: where it sits (ICB, local authority district, PCN), its
/// registered population and its weighted population for each <see cref="CapitationComponent"/>. Populations are
/// statistics (the file gives them to six decimal places) held as decimals so that sums over practices are exact.
/// </summary>
/// <param name="Row">The file's line for this practice (the header is row 1), so every figure traces back to it.</param>
/// <param name="Weighted">Indexed by <see cref="CapitationComponent.Index"/>.</param>
public sealed record PracticeWeighting(
    string Code,
    string Name,
    long Row,
    PlaceCodes Codes,
    decimal Registered,
    IReadOnlyList<decimal> Weighted)
{
    public decimal WeightedFor(CapitationComponent component) => Weighted[component.Index];
}
