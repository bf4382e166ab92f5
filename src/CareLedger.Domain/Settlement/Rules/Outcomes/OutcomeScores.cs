using CareLedger.Domain.Actuals;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Settlement.Rules.Outcomes;

/// <summary>
/// The alliance's scores on a year's framework: results carry no provider, so every provider is judged on the same
/// scorecards. When the phase sets the at-risk share quarter by quarter, each quarter has its own scorecard, each
/// indicator using its result for the quarter where one was reported and its result for the year otherwise;
/// otherwise there is one scorecard for the year, from the year's results. A missing result scores 0% and is noted,
/// naming the indicator and the period; so is a framework whose indicator weights do not total 100%.
/// </summary>
internal sealed class OutcomeScores
{
    private readonly Dictionary<int, Scorecard> _byQuarter;

    private OutcomeScores(OutcomesFramework framework, IReadOnlyList<Scorecard> cards, bool byQuarter)
    {
        Framework = framework;
        Cards = cards;
        ByQuarter = byQuarter;
        _byQuarter = byQuarter ? cards.ToDictionary(card => card.Period.Number) : [];
    }

    public OutcomesFramework Framework { get; }

    /// <summary>One scorecard for the year, or one per quarter the year covers.</summary>
    public IReadOnlyList<Scorecard> Cards { get; }

    public bool ByQuarter { get; }

    /// <summary>The scorecard that settles a quarter: its own when scored by quarter, the year's otherwise.</summary>
    public Scorecard For(ContractPeriod quarter) => ByQuarter ? _byQuarter[quarter.Number] : Cards[0];

    public static OutcomeScores Build(
        OutcomesFramework framework,
        ContractYear year,
        OutcomePhase phase,
        IReadOnlyList<IndicatorResult> results,
        Action<string, SourceRef?> note)
    {
        // A year's result stands in for every quarter without its own, so the same problem can come up four times.
        var noted = new HashSet<string>(StringComparer.Ordinal);
        void NoteOnce(string message, SourceRef? source)
        {
            if (noted.Add(message))
            {
                note(message, source);
            }
        }

        var lookup = new ResultLookup(results, NoteOnce);
        var yearPeriod = year.AsPeriod();
        var indicators = framework.Indicators.ToArray();
        var byQuarter = phase.AtRiskByQuarter.Count > 1;
        var cards = byQuarter
            ? year.Quarters().Select(quarter => Scorecard.Of(quarter, indicators.Select(indicator => ScoreInQuarter(indicator, quarter, yearPeriod, lookup, NoteOnce)).ToArray())).ToArray()
            : [Scorecard.Of(yearPeriod, indicators.Select(indicator => ScoreInYear(indicator, yearPeriod, lookup, NoteOnce)).ToArray())];

        var total = cards[0].Weighted.TotalWeight;
        if (total != Percentage.Hundred)
        {
            note(
                $"Outcomes framework '{framework.Id}' ({framework.Name}): indicator weights total {total}; each indicator counts as "
                + $"its weight ÷ {total}, so the indicators' slices are relative: between them they share the whole at-risk amount, "
                + "and the framework scores 100% only when every indicator is achieved.",
                framework.Source);
        }

        return new OutcomeScores(framework, cards, byQuarter);
    }

    private static IndicatorScore ScoreInQuarter(Indicator indicator, ContractPeriod quarter, ContractPeriod year, ResultLookup lookup, Action<string, SourceRef?> note)
    {
        var result = lookup.Find(indicator, quarter) ?? lookup.Find(indicator, year);
        var score = IndicatorScorer.Score(indicator, quarter, result);
        NoteProblems(score, $"in {quarter.Label} or for {year.Label}", note);
        return score;
    }

    private static IndicatorScore ScoreInYear(Indicator indicator, ContractPeriod year, ResultLookup lookup, Action<string, SourceRef?> note)
    {
        var score = IndicatorScorer.Score(indicator, year, lookup.Find(indicator, year));
        NoteProblems(score, $"for {year.Label}", note);
        return score;
    }

    private static void NoteProblems(IndicatorScore score, string where, Action<string, SourceRef?> note)
    {
        var indicator = score.Indicator;
        if (score.Result is null)
        {
            note($"No result for indicator '{indicator.Id}' ({indicator.Name}) {where}: it scores 0%.", indicator.Source);
        }
        else if (score.Problem is { } problem)
        {
            note($"The result for indicator '{indicator.Id}' ({indicator.Name}) for {score.Result.Period.Label} {problem}: it scores 0%.", score.Result.Source);
        }
    }
}
