using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Settlement.Completeness;

/// <summary>
/// One thing a period's settlement needs from the actuals and did not find: which section it belongs in, what exactly
/// is expected and for which periods, and what settles on it. Without it the settlement would quietly pay nothing, or
/// score 0%, where the contract says something is due, so a period with anything missing is settled only when the
/// caller asks for a provisional settlement.
/// </summary>
/// <param name="Section">The actuals section it belongs in, as the actuals file names it: <c>activity</c>, <c>indicators</c>,
/// <c>risk_reward</c>, <c>provider_costs</c>, <c>population</c>, <c>shared_savings</c>, <c>corridors</c>, <c>allowable_costs</c>.</param>
/// <param name="Expected">What is expected, in words, without its periods or an article: "activity of Nottingham University Hospitals NHS
/// Trust (nuh) on elective", "result for indicator 'diabetes-plan' (10-year plan)".</param>
/// <param name="Periods">The periods it is missing for (months for activity and costs, the year or its quarters for results).</param>
/// <param name="NeededFor">What settles on it: "the variable mechanism 'Elective activity against plan'".</param>
/// <param name="NeededBy">Where the contract sets that mechanism up.</param>
public sealed record MissingActual(string Section, string Expected, IReadOnlyList<ContractPeriod> Periods, string NeededFor, SourceRef? NeededBy)
{
    /// <summary>e.g. "no activity of NUH (nuh) on elective for 2016/17-M05 to 2016/17-M12 (8 months): the variable mechanism 'Elective activity against plan' settles on it".</summary>
    public string Message => $"no {Expected} for {PeriodText.Describe(Periods)}: {NeededFor} settles on it";

    /// <summary>The same thing missing in more periods: one item listing them all, in order.</summary>
    internal MissingActual With(IEnumerable<ContractPeriod> more) =>
        this with { Periods = [.. Periods.Concat(more).Distinct().OrderBy(period => period.Year.Number).ThenBy(period => ActivityIndex.MonthsOf(period).First).ThenBy(period => period.Kind)] };
}
