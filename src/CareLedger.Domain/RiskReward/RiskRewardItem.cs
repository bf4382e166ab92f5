using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;

namespace CareLedger.Domain.RiskReward;

/// <summary>
/// One entry in the risk and reward account. Only an item that passed all three gateway questions and that the
/// members have included can move money; the variance is shared among the participants who can influence it.
/// </summary>
/// <param name="Plan">The planned value the variance is measured against, by year; null when the actuals carry it.</param>
/// <param name="FallsOn">
/// Who bears the variance before it is shared: the commissioner that pays for extra activity, or the prime that keeps
/// a surplus on its fixed element. Null means the default: the pool's host for spend against plan and the whole
/// contract, the item's only prime participant for a fixed-element surplus. Caps leave any excess here.
/// </param>
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
    SourceRef? Source = null,
    Id<Party>? FallsOn = null)
{
    public bool MovesMoney => Included && Gateway.Passed;
}
