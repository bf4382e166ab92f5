namespace CareLedger.Analytics.Capitation;

/// <summary>
/// Registered and weighted populations summed over a set of practices, exactly (decimal addition of the file's
/// figures). Per head and need-index figures are ratios of these sums, never sums of ratios.
/// </summary>
public sealed record PopulationTotals(int Practices, decimal Registered, IReadOnlyList<decimal> Weighted)
{
    public static PopulationTotals Of(IEnumerable<PracticeWeighting> practices)
    {
        var count = 0;
        var registered = 0m;
        var weighted = new decimal[CapitationComponent.All.Count];
        foreach (var practice in practices)
        {
            count++;
            registered += practice.Registered;
            for (var index = 0; index < weighted.Length; index++)
            {
                weighted[index] += practice.Weighted[index];
            }
        }

        return new PopulationTotals(count, registered, weighted);
    }

    public decimal WeightedFor(CapitationComponent component) => Weighted[component.Index];

    /// <summary>Weighted heads per registered head for the component; zero for an empty population.</summary>
    public decimal PerHead(CapitationComponent component) => Registered == 0m ? 0m : WeightedFor(component) / Registered;
}
