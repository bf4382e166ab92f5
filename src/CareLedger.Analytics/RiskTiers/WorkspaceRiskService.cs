using CareLedger.Analytics.Contracts;
using CareLedger.Analytics.Risk;
using CareLedger.Analytics.Workspaces;

namespace CareLedger.Analytics.RiskTiers;

/// <summary>
/// Fits the emergency-admission risk model (<see cref="LogisticRegression"/>, the same ridge fit as the synthetic
/// population's) on a workspace's own linked activity, reports its accuracy on held-out patients, scores the latest
/// year's patients and stores their tiers, so spend views and contract cohorts can use them.
/// </summary>
/// <remarks>
/// The held-out third is drawn with <c>System.Random(seed)</c>, one draw per usable patient in patient-id order, so the
/// same store and seed always give the same split, model and tiers. The model that was checked is the one that scores:
/// it is not refitted on everyone, so the accuracy shown is the accuracy of the tiers.
/// </remarks>
public sealed class WorkspaceRiskService(TimeProvider clock)
{
    /// <summary>The fewest patients with, and without, an emergency admission the fit and its check each need.</summary>
    public const int FewestOfEach = 10;

    /// <param name="outcomeYear">The year whose emergency admissions the model learns and whose patients it scores; null: the latest year in the store.</param>
    public RiskFitOutcome Fit(ActivityStore store, FinancialYear? outcomeYear, int seed)
    {
        ArgumentNullException.ThrowIfNull(store);
        var workspace = store.Location.Name.Value;
        if (outcomeYear is not { } year)
        {
            using var command = store.Command(RiskTierQueries.LatestDate);
            DateOnly? latest = command.ExecuteScalar() switch
            {
                DateOnly date => date,
                DateTime time => DateOnly.FromDateTime(time),
                _ => null,
            };
            if (latest is not { } last)
            {
                return Fail($"the workspace '{workspace}' has no activity; import two consecutive financial years of linked patient-level activity first.");
            }

            year = FinancialYear.Of(last);
        }

        var featureYear = year.Previous;
        var fitting = Read(store, featureYear);
        var scoring = Read(store, year);
        if (fitting.Count == 0 || scoring.Count == 0)
        {
            var missing = fitting.Count == 0 ? featureYear : year;
            return Fail($"the workspace '{workspace}' has no activity in {missing.Label} (April to March): the model learns from one financial year's "
                + $"activity ({featureYear.Label}) who had an emergency admission in the next ({year.Label}), so it needs both; import {missing.Label} or choose another --year.");
        }

        var fittingCounts = Count(fitting);
        if (Missing(workspace, featureYear, fittingCounts) is { } absent)
        {
            return Fail(absent);
        }

        var usable = fitting.Where(patient => patient.Usable).ToList();
        var random = new Random(seed);
        var heldOutFlags = usable.Select(_ => random.NextDouble() < 1.0 / 3.0).ToArray();
        var train = usable.Where((_, index) => !heldOutFlags[index]).ToList();
        var test = usable.Where((_, index) => heldOutFlags[index]).ToList();
        if ((TooFew(train, "fit on", year) ?? TooFew(test, "check on", year)) is { } few)
        {
            return Fail($"the workspace '{workspace}': {few}");
        }

        var rates = WorkspaceRiskFeatures.PracticeRates(fitting);
        var model = LogisticRegression.Fit([.. train.Select(patient => WorkspaceRiskFeatures.For(patient, rates))], [.. train.Select(patient => patient.AdmittedNextYear)],
            RiskStratificationService.Penalty);

        var outcomes = new HeldOutOutcomes([.. test.Select(patient => patient.AdmittedNextYear)], [.. test.Select(patient => patient.NextEmergency)], [.. test.Select(patient => patient.NextSpend)]);
        var predicted = test.Select(patient => model.Predict(WorkspaceRiskFeatures.For(patient, rates))).ToArray();
        var check = HeldOutEvaluation.Check(model, WorkspaceRiskFeatures.Names, train.Count, predicted, outcomes,
            [.. test.Select(patient => (double)patient.Age!.Value)], [.. test.Select(patient => (double)patient.Emergency)], "prior emergency admissions alone");

        var scoringCounts = Count(scoring);
        var scored = scoring.Where(patient => patient.Usable).ToList();
        if (scored.Count == 0)
        {
            return Fail($"the workspace '{workspace}': none of the {scoring.Count} patients of {year.Label} has both an age and a sex recorded, so none can be scored; check the age and sex columns of that year's files.");
        }

        var scoringRates = WorkspaceRiskFeatures.PracticeRates(scoring);
        var risks = scored.Select(patient => model.Predict(WorkspaceRiskFeatures.For(patient, scoringRates))).ToArray();
        var tiers = StoredRiskTiers.Save(store, year, seed, clock.GetUtcNow(), scored, risks, check.ModelAuroc);
        return new RiskFitOutcome(new WorkspaceRiskReport(featureYear, year, seed, fittingCounts, check, scoringCounts, tiers), null);
    }

    private static RiskFitOutcome Fail(string problem) => new(null, problem);

    private static PatientCounts Count(List<PatientYear> patients) =>
        new(patients.Count, patients.Count(patient => patient.Age is null), patients.Count(patient => patient.Female is null), patients.Count(patient => patient.Usable));

    private static string? Missing(string workspace, FinancialYear year, PatientCounts counts) =>
        counts.NoAge == counts.Patients
            ? $"the workspace '{workspace}': no record of {year.Label} gives the patient's age (the generic layout's age column, HES's STARTAGE, APPTAGE or ARRIVALAGE); the model needs each patient's age."
        : counts.NoSex == counts.Patients
            ? $"the workspace '{workspace}': no record of {year.Label} gives the patient's sex as male or female (the sex column: 1 or M, 2 or F); the model needs each patient's sex."
        : counts.Usable == 0
            ? $"the workspace '{workspace}': none of the {counts.Patients} patients of {year.Label} has both an age and a sex recorded; check the age and sex columns of that year's files."
        : null;

    private static string? TooFew(List<PatientYear> patients, string purpose, FinancialYear year)
    {
        var admitted = patients.Count(patient => patient.AdmittedNextYear);
        return admitted < FewestOfEach || patients.Count - admitted < FewestOfEach
            ? $"of the {patients.Count} patients to {purpose}, {admitted} had an emergency admission in {year.Label} and {patients.Count - admitted} did not; "
                + $"the model needs at least {FewestOfEach} of each to {purpose}, so it needs more linked activity (more patients, or a year with more emergency admissions)."
            : null;
    }

    private static List<PatientYear> Read(ActivityStore store, FinancialYear year)
    {
        var next = year.Next;
        var patients = new List<PatientYear>();
        using var command = store.Command(RiskTierQueries.PatientYears, ("first", Day(year.First)), ("last", Day(year.Last)), ("next_first", Day(next.First)), ("next_last", Day(next.Last)));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            patients.Add(new PatientYear(
                reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetBoolean(2), reader.GetString(3),
                reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8), reader.GetDecimal(9)));
        }

        return patients;
    }

    private static DateTime Day(DateOnly date) => date.ToDateTime(TimeOnly.MinValue);
}
