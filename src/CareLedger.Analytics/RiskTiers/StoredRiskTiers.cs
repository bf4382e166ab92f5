using CareLedger.Analytics.Contracts;
using CareLedger.Analytics.Risk;
using CareLedger.Analytics.Workspaces;

namespace CareLedger.Analytics.RiskTiers;

/// <summary>
/// The tiers a fit assigned, kept in the workspace's store (<c>risk_tier</c>, one row per scored patient, and
/// <c>risk_fit</c>, the fit that made them), so spend views and contract cohorts read them without refitting. A fit
/// replaces the last one whole, in one transaction. Tiers made before a later import are stale: the fit records how
/// many imports there were, and <see cref="Problem"/> says so rather than show tiers that leave the new patients out.
/// </summary>
public static class StoredRiskTiers
{
    /// <summary>Null when the store holds current tiers; otherwise what is wrong and what to run.</summary>
    public static string? Problem(ActivityStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var workspace = store.Location.Name.Value;
        using var fitted = store.Command(RiskTierQueries.Fitted);
        using var reader = fitted.ExecuteReader();
        if (!reader.Read())
        {
            return $"the workspace '{workspace}' has no risk tiers yet; run 'careledger activity risk' to fit the model on its activity and assign them.";
        }

        var (imports, lastImport) = ImportState(store);
        return reader.GetInt64(2) != imports || reader.GetInt32(3) != lastImport
            ? $"the workspace '{workspace}' was imported into after its risk tiers were assigned (for {new FinancialYear(reader.GetInt32(0)).Label}); run 'careledger activity risk' again."
            : null;
    }

    /// <summary>The financial year the stored tiers were scored on, or null when there are none.</summary>
    public static FinancialYear? ScoredYear(ActivityStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var command = store.Command(RiskTierQueries.Fitted);
        using var reader = command.ExecuteReader();
        return reader.Read() ? new FinancialYear(reader.GetInt32(0)) : null;
    }

    /// <summary>How many scored patients of each tier are registered with one of <paramref name="practices"/>, by tier order (1 to 4).</summary>
    public static IReadOnlyDictionary<int, int> CountAmong(ActivityStore store, IReadOnlySet<string> practices)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(practices);
        var counts = RiskTierBands.For(0).ToDictionary(tier => tier.Order, _ => 0);
        using var command = store.Command(RiskTierQueries.TiersByPractice);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (practices.Contains(reader.GetString(0)))
            {
                counts[reader.GetInt32(1)] += (int)reader.GetInt64(2);
            }
        }

        return counts;
    }

    /// <summary>Ranks the scored patients (highest risk first, ties in patient order), stores their tiers and the fit, and returns the tiers.</summary>
    internal static IReadOnlyList<AssignedTier> Save(ActivityStore store, FinancialYear year, int seed, DateTimeOffset fittedAt, List<PatientYear> scored, double[] risks, double auroc)
    {
        var ranked = HeldOutEvaluation.Ranked(risks);
        var (imports, lastImport) = ImportState(store);
        var tiers = new List<AssignedTier>();
        using var transaction = store.Connection.BeginTransaction();
        store.Execute(RiskTierQueries.ClearFit);
        using (var appender = store.Connection.CreateAppender("risk_tier"))
        {
            var start = 0;
            foreach (var (name, order, end) in RiskTierBands.For(ranked.Length))
            {
                for (var position = start; position < end; position++)
                {
                    var patient = scored[ranked[position]];
                    appender.CreateRow().AppendValue(patient.PatientId).AppendValue(patient.Practice).AppendValue(name).AppendValue(order)
                        .AppendValue((long)position + 1).AppendValue(risks[ranked[position]]).EndRow();
                }

                tiers.Add(new AssignedTier(name, order, end - start, end == start ? double.NaN : ranked[start..end].Average(index => risks[index])));
                start = end;
            }
        }

        store.Execute(RiskTierQueries.SaveFit, ("outcome_year", year.StartYear), ("seed", seed), ("fitted_at", fittedAt.UtcDateTime), ("imports", imports),
            ("last_import", lastImport), ("scored", (long)scored.Count), ("auroc", auroc));
        transaction.Commit();
        return tiers;
    }

    private static (long Imports, int LastImport) ImportState(ActivityStore store)
    {
        using var command = store.Command(RiskTierQueries.ImportState);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt32(1));
    }
}
