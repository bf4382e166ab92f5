using CareLedger.Analytics.Contracts;
using CareLedger.Analytics.Risk;
using CareLedger.Analytics.Workspaces;

namespace CareLedger.Analytics.RiskTiers;

/// <summary>
/// A workspace's stored risk tiers as a contract population's cohorts, counted among the patients registered with a
/// place's practices: the top 1%, top 2% and top 5% (each including the tiers above it, as <c>--risk-tier</c> does).
/// </summary>
/// <param name="Scored">The workspace's scored patients registered with the place's practices: the cohorts' base.</param>
public sealed record RiskCohorts(string Workspace, FinancialYear ScoredYear, int Scored, IReadOnlyList<RiskCohorts.Cohort> Cohorts)
{
    /// <summary>The cohorts among the place's practices, or why there are none (no tiers, stale tiers, no patient of the place).</summary>
    public static (RiskCohorts? Cohorts, string? Problem) Among(ActivityStore store, IReadOnlySet<string> practices)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(practices);
        if (StoredRiskTiers.Problem(store) is { } problem)
        {
            return (null, problem);
        }

        var counts = StoredRiskTiers.CountAmong(store, practices);
        var scored = counts.Values.Sum();
        if (scored == 0)
        {
            return (null, $"none of the workspace '{store.Location.Name}' scored patients is registered with the place's {practices.Count} practices; "
                + "the activity's practice column must hold the practices' ODS codes (e.g. C82010) for its patients to count towards a place.");
        }

        var cohorts = RiskTierBands.TopCohorts
            .Select(cohort => new Cohort("risk-" + cohort.Id, $"Top {cohort.Id[4..]}% by emergency-admission risk", counts.Where(pair => pair.Key <= cohort.Order).Sum(pair => pair.Value)))
            .ToList();
        return (new RiskCohorts(store.Location.Name.Value, StoredRiskTiers.ScoredYear(store)!.Value, scored, cohorts), null);
    }

    /// <summary>One cohort: its contract id, name and size (patients).</summary>
    public sealed record Cohort(string Id, string Name, int Size);
}
