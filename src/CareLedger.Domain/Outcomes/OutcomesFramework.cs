namespace CareLedger.Domain.Outcomes;

/// <summary>A weighted outcomes framework, such as the Mid-Notts 2016/17 outcomes contract.</summary>
public sealed record OutcomesFramework(
    Id<OutcomesFramework> Id,
    string Name,
    IReadOnlyList<Outcome> Outcomes,
    SourceRef? Source = null)
{
    public IEnumerable<Indicator> Indicators => Outcomes.SelectMany(outcome => outcome.Indicators);
}
