using CareLedger.Domain.Actuals;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Settlement.Rules.Outcomes;

/// <summary>
/// One indicator's score for one period (a quarter or the year), the result it came from and the working in words.
/// </summary>
/// <param name="Score">An exact proportion from 0 to 1 (a <see cref="Share"/>, so that progress of 1/3 stays 1/3).</param>
/// <param name="Result">The result used; null when none was reported (the indicator then scores 0%).</param>
/// <param name="Problem">Why the result could not be scored (a milestone result without a status, say); null when it could.</param>
internal sealed record IndicatorScore(
    Indicator Indicator,
    ContractPeriod Period,
    IndicatorResult? Result,
    Share Score,
    string Working,
    string? Problem = null);
