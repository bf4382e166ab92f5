namespace CareLedger.Domain.RiskReward;

public enum SuspensionDecision
{
    Unanimous,
    Majority,
    Commissioners,
}
