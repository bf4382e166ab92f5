namespace CareLedger.Application.Plans;

/// <summary>
/// A contract year's payments through one period against plan: how many of the year's months have elapsed by the end
/// of <see cref="Through"/>, which settled periods the payments were taken from, and each provider's figures.
/// </summary>
public sealed record YearToDate(string Year, string Through, int MonthsElapsed, int MonthsInYear, IReadOnlyList<string> PeriodsCounted, IReadOnlyList<ProviderAgainstPlan> Providers);
