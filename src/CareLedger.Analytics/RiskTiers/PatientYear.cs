namespace CareLedger.Analytics.RiskTiers;

/// <summary>
/// What a workspace's activity says of one patient in a financial year — the features the risk model may see — and
/// what followed in the next year (the outcome it learns, and the spend its accuracy is measured on).
/// </summary>
/// <param name="Age">The oldest age recorded on the patient's records in the year (so their age at the latest); null when none records one.</param>
/// <param name="Female">From the sex recorded most often in the year; null when none is recorded or male and female are recorded equally often.</param>
/// <param name="Practice">The practice on the patient's latest record in the year that names one; empty when none does.</param>
/// <param name="Emergency">Non-elective admitted records in the year (HES: episodes, so a spell of three episodes counts three).</param>
/// <param name="AccidentAndEmergency">A&amp;E attendances in the year.</param>
/// <param name="Outpatient">Outpatient appointments in the year that took place (not the ones not attended).</param>
/// <param name="Conditions">How many of the <see cref="LongTermConditions"/> the year's primary diagnoses name.</param>
/// <param name="NextEmergency">Non-elective admitted records in the next year.</param>
/// <param name="NextSpend">All the patient's spend in the next year, exact to 4 decimal places.</param>
internal readonly record struct PatientYear(
    string PatientId,
    int? Age,
    bool? Female,
    string Practice,
    int Emergency,
    int AccidentAndEmergency,
    int Outpatient,
    int Conditions,
    int NextEmergency,
    decimal NextSpend)
{
    /// <summary>Whether the model can score the patient: it needs an age and a sex.</summary>
    public bool Usable => Age is not null && Female is not null;

    public bool AdmittedNextYear => NextEmergency > 0;
}
