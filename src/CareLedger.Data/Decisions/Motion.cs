using CareLedger.Domain.RiskReward;

namespace CareLedger.Data.Decisions;

/// <summary>
/// A question put to the members: a gateway answer, an inclusion, or a suspension, with the voters and the voting
/// rule fixed when it was proposed, and the votes cast. Its status follows from those alone.
/// </summary>
/// <param name="Answer">The answer proposed: yes or no (a suspension always proposes to suspend).</param>
public sealed record Motion(
    string Id,
    string ContractId,
    long Sequence,
    MotionKind Kind,
    string? ItemId,
    string? Question,
    string? Year,
    bool Answer,
    string Reason,
    SuspensionDecision VotingRule,
    IReadOnlyList<string> Voters,
    long ContractVersion,
    string CreatedAt,
    string CreatedBy,
    IReadOnlyList<Vote> Votes)
{
    public MotionStatus Status => VotingRules.Decide(VotingRule, Voters.Count, Votes.Count(vote => vote.InFavour), Votes.Count(vote => !vote.InFavour));

    /// <summary>When it was decided: the time of the vote that carried or rejected it.</summary>
    public string? DecidedAt
    {
        get
        {
            if (Status == MotionStatus.Pending)
            {
                return null;
            }

            // Replay the votes in order until the motion is decided.
            var ordered = Votes.OrderBy(vote => vote.At, StringComparer.Ordinal).ToArray();
            for (var count = 1; count <= ordered.Length; count++)
            {
                var cast = ordered.Take(count).ToArray();
                if (VotingRules.Decide(VotingRule, Voters.Count, cast.Count(vote => vote.InFavour), cast.Count(vote => !vote.InFavour)) != MotionStatus.Pending)
                {
                    return ordered[count - 1].At;
                }
            }

            return ordered[^1].At;
        }
    }

    /// <summary>What the motion is about, in words: "gateway 'material' for acute-activity: yes".</summary>
    public string Subject => Kind switch
    {
        MotionKind.Gateway => $"gateway question '{Question}' for item '{ItemId}': {(Answer ? "yes" : "no")}",
        MotionKind.Include => $"{(Answer ? "include" : "exclude")} item '{ItemId}' {(Answer ? "in" : "from")} sharing",
        _ => $"suspend the risk/reward share in {Year} for {(ItemId is null ? "every item" : $"item '{ItemId}'")}",
    };
}
