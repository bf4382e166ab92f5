using CareLedger.Domain;
using CareLedger.Domain.Actuals;

namespace CareLedger.Data.Imports;

/// <summary>How many rows of checked actuals came from each file (by the file their sources name), every section together.</summary>
internal static class SourceCounts
{
    public static IReadOnlyDictionary<string, long> Of(ContractActuals actuals)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        void Count(IEnumerable<SourceRef?> sources)
        {
            foreach (var source in sources)
            {
                if (source is not null)
                {
                    counts[source.File] = counts.GetValueOrDefault(source.File) + 1;
                }
            }
        }

        Count(actuals.Activity.Select(row => row.Source));
        Count(actuals.Indicators.Select(row => row.Source));
        Count(actuals.Population.Select(row => row.Source));
        Count(actuals.RiskItems.Select(row => row.Source));
        Count(actuals.ProviderCosts.Select(row => row.Source));
        Count(actuals.AllowableCosts.Select(row => row.Source));
        Count(actuals.Benchmarks.Select(row => row.Source));
        Count(actuals.Corridors.Select(row => row.Source));
        Count(actuals.Suspensions.Select(row => row.Source));
        return counts;
    }
}
