using CareLedger.Domain.Contracts;

namespace CareLedger.Domain.RiskReward;

/// <summary>
/// One entry in the risk and reward account. Only an item that passed all three gateway questions and that the
/// members have included can move money; the variance is shared among the participants who can influence it.
/// </summary>
/// <param name="Plan">The planned value the variance is measured against, by year; null when the actuals carry it.</param>
public sealed record RiskRewardItem(
    Id<RiskRewardItem> Id,
    string Name,
    string? Description,
    RiskMeasure Measure,
    CellScope Scope,
    YearSchedule<Money>? Plan,
    GatewayAnswers Gateway,
    bool Included,
    IReadOnlyList<PartyShare> Participants,
    SharingSide Gain,
    SharingSide Loss,
    SourceRef? Source = null)
{
    public bool MovesMoney => Included && Gateway.Passed;
}
