namespace CareLedger.Analytics.RiskTiers;

/// <summary>
/// The patients of a year and how many the model can use: those with no age recorded and those with no sex recorded
/// (a patient may lack both, so the two can overlap) are left out; <see cref="Usable"/> have both.
/// </summary>
public sealed record PatientCounts(int Patients, int NoAge, int NoSex, int Usable);
