using CareLedger.Domain.Actuals;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Settlement.Rules.Outcomes;

/// <summary>
/// Finds the result reported for an indicator in a period. Two or more results for the same indicator and period are
/// an input error that the actuals validator reports; here the last one listed is used (a later row is taken to
/// correct an earlier one) and a note says so, once per indicator and period.
/// </summary>
internal sealed class ResultLookup
{
    private readonly ILookup<(Id<Indicator> Indicator, ContractPeriod Period), IndicatorResult> _results;
    private readonly Action<string, SourceRef?> _note;
    private readonly HashSet<(Id<Indicator>, ContractPeriod)> _noted = [];

    public ResultLookup(IReadOnlyList<IndicatorResult> results, Action<string, SourceRef?> note)
    {
        _results = results.ToLookup(result => (result.Indicator, result.Period));
        _note = note;
    }

    public IndicatorResult? Find(Indicator indicator, ContractPeriod period)
    {
        var key = (indicator.Id, period);
        var matches = _results[key].ToArray();
        if (matches.Length == 0)
        {
            return null;
        }

        var chosen = matches[^1];
        if (matches.Length > 1 && _noted.Add(key))
        {
            _note(
                $"Indicator '{indicator.Id}' has {matches.Length} results for {period.Label}; the last one listed is used "
                + $"(evidence: {chosen.Evidence}). The actuals should give one result per indicator and period.",
                chosen.Source);
        }

        return chosen;
    }
}
