namespace CareLedger.Domain.RiskReward;

/// <summary>
/// The three gateway questions every risk/reward item must pass before it is shared: is it material to the
/// system; is it the alliance's collective responsibility; have the members jointly agreed to share it.
/// A null answer means the question has not been answered yet.
/// </summary>
public sealed record GatewayAnswers(bool? Material, bool? CollectiveResponsibility, bool? JointlyAgreed)
{
    public bool Passed => Material == true && CollectiveResponsibility == true && JointlyAgreed == true;
}
