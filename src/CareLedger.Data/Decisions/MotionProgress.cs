using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.RiskReward;

namespace CareLedger.Data.Decisions;

/// <summary>
/// Where a motion stands in words a board can act on: who has voted for and against, whom it is waiting for, and how
/// many votes for it needs under its voting rule ("2 of 8 full members have voted for; all 8 are needed").
/// </summary>
/// <param name="Voters">Who votes on it, fixed when it was proposed.</param>
/// <param name="Needed">Votes for that carry it: every voter under unanimity or the commissioners' rule, more than half under majority.</param>
/// <param name="VoterNoun">What the voters are called: full members, voting parties, or commissioners.</param>
public sealed record MotionProgress(
    Motion Motion,
    IReadOnlyList<string> Voters,
    IReadOnlyList<string> InFavour,
    IReadOnlyList<string> Against,
    IReadOnlyList<string> Waiting,
    int Needed,
    string VoterNoun)
{
    public static MotionProgress Of(Motion motion, Contract contract)
    {
        ArgumentNullException.ThrowIfNull(motion);
        ArgumentNullException.ThrowIfNull(contract);
        string Name(string party) => contract.Parties.FirstOrDefault(candidate => candidate.Id.Value == party)?.Name ?? party;
        var voted = motion.Votes.Select(vote => vote.PartyId).ToHashSet(StringComparer.Ordinal);
        var needed = motion.VotingRule == SuspensionDecision.Majority ? (motion.Voters.Count / 2) + 1 : motion.Voters.Count;
        var noun = motion.Kind == MotionKind.Suspension && motion.VotingRule == SuspensionDecision.Commissioners
            ? "commissioners"
            : contract.Parties.Any(party => party.Membership == Membership.Full) ? "full members" : "voting parties";
        return new MotionProgress(
            motion,
            [.. motion.Voters.Select(Name)],
            [.. motion.Votes.Where(vote => vote.InFavour).Select(vote => Name(vote.PartyId))],
            [.. motion.Votes.Where(vote => !vote.InFavour).Select(vote => Name(vote.PartyId))],
            [.. motion.Voters.Where(party => !voted.Contains(party)).Select(Name)],
            needed,
            noun);
    }

    /// <summary>One sentence: how far the votes have got and what is still needed.</summary>
    public string Summary => Motion.Status switch
    {
        MotionStatus.Carried => $"Carried: {InFavour.Count} of {Voters.Count} {VoterNoun} voted for.",
        MotionStatus.Rejected => $"Rejected: {Listed(Against)} voted against, so it can no longer carry.",
        _ => $"{InFavour.Count} of {Voters.Count} {VoterNoun} have voted for; {Rule}.",
    };

    private string Rule => Motion.VotingRule == SuspensionDecision.Majority
        ? $"{Needed} votes for are needed to carry it"
        : $"all {Voters.Count} must vote for it to carry";

    /// <summary>"A, B and C".</summary>
    public static string Listed(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return names.Count switch
        {
            0 => "nobody",
            1 => names[0],
            _ => $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}",
        };
    }
}
