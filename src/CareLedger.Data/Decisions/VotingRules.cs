using CareLedger.Domain.RiskReward;

namespace CareLedger.Data.Decisions;

/// <summary>
/// How votes decide a motion. Unanimity (the default for the gateway, and for suspensions unless the contract says
/// otherwise): carried when every voter is for, rejected by the first vote against. Majority: carried when more than
/// half the voters are for, rejected once that can no longer happen. Commissioners: the voters are the commissioners,
/// who must all agree.
/// </summary>
public static class VotingRules
{
    public static MotionStatus Decide(SuspensionDecision rule, int voters, int inFavour, int against)
    {
        if (rule == SuspensionDecision.Majority)
        {
            var needed = (voters / 2) + 1;
            if (inFavour >= needed)
            {
                return MotionStatus.Carried;
            }

            return voters - against < needed ? MotionStatus.Rejected : MotionStatus.Pending;
        }

        if (against > 0)
        {
            return MotionStatus.Rejected;
        }

        return inFavour == voters && voters > 0 ? MotionStatus.Carried : MotionStatus.Pending;
    }
}
