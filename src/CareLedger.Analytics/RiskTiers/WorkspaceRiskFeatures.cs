namespace CareLedger.Analytics.RiskTiers;

/// <summary>
/// What the model fitted on a workspace sees of a patient in a year: age (and its square), sex, long-term conditions
/// named by the year's primary diagnoses, the year's emergency admissions (the count, at most 5, and whether any),
/// A&amp;E attendances (at most 10), outpatient appointments attended (as log(1 + n), since a few patients have
/// dozens), and the log of the patient's practice's emergency admissions per patient. Nothing from the next year.
/// </summary>
internal static class WorkspaceRiskFeatures
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "intercept", "age / 10", "(age / 10)²", "female", "long-term conditions", "emergency admissions (≤ 5)", "any emergency admission",
        "A&E attendances (≤ 10)", "log(1 + outpatient appointments)", "log practice emergency admissions per patient",
    ];

    /// <summary>
    /// Each practice's emergency admissions per patient in the year, over every patient of the year (those the model
    /// cannot score included: they are the practice's too). The store has no registered list, so the heads are the
    /// practice's patients with activity. Half an admission and one head are added, so a practice with none has a
    /// finite log; patients with no practice recorded share one rate.
    /// </summary>
    public static Dictionary<string, double> PracticeRates(IReadOnlyList<PatientYear> patients)
    {
        var totals = new Dictionary<string, (double Admissions, double Heads)>(StringComparer.Ordinal);
        foreach (var patient in patients)
        {
            var (admissions, heads) = totals.GetValueOrDefault(patient.Practice);
            totals[patient.Practice] = (admissions + patient.Emergency, heads + 1);
        }

        return totals.ToDictionary(pair => pair.Key, pair => (pair.Value.Admissions + 0.5) / (pair.Value.Heads + 1.0), StringComparer.Ordinal);
    }

    /// <summary>The features of a usable patient (<see cref="PatientYear.Usable"/>).</summary>
    public static double[] For(PatientYear patient, Dictionary<string, double> practiceRates)
    {
        var decades = patient.Age!.Value / 10.0;
        return
        [
            1.0, decades, decades * decades, patient.Female!.Value ? 1.0 : 0.0, patient.Conditions, Math.Min(patient.Emergency, 5),
            patient.Emergency > 0 ? 1.0 : 0.0, Math.Min(patient.AccidentAndEmergency, 10), Math.Log(1.0 + patient.Outpatient),
            Math.Log(practiceRates[patient.Practice]),
        ];
    }
}
