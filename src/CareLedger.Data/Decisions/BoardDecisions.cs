using System.Text.Json;
using CareLedger.Application;
using CareLedger.Data.Audit;
using CareLedger.Data.Contracts;
using CareLedger.Data.Storage;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.RiskReward;

namespace CareLedger.Data.Decisions;

/// <summary>
/// The board's decisions on the risk/reward register: motions proposed with their reason, votes cast once by each
/// voting member, and the register as the carried motions leave it. Settlement reads the same decisions
/// (<see cref="RecordedDecisions"/>), so an item not through the gateway is listed, never shared.
/// </summary>
public sealed class BoardDecisions(LedgerDatabase database, ContractVersions contracts, AuditTrail audit)
{
    /// <summary>The longest reason a motion may give; it is printed on statements.</summary>
    public const int MaxReasonLength = RecordedReason.MaxLength;

    private const string MotionColumns =
        "id AS Id, contract_id AS ContractId, sequence AS Sequence, kind AS Kind, item_id AS ItemId, question AS Question, year AS Year, answer AS Answer, reason AS Reason, "
        + "voting_rule AS VotingRule, voters AS Voters, contract_version AS ContractVersion, created_at AS CreatedAt, created_by AS CreatedBy";

    public async Task<ServiceResult<Motion>> ProposeAsync(Actor actor, string contractId, MotionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        await using var transaction = await database.BeginAsync(cancellationToken).ConfigureAwait(false);
        await transaction.LockAsync(LedgerLock.Periods, cancellationToken).ConfigureAwait(false);
        var opened = await contracts.OpenAsync(transaction, contractId, null, cancellationToken).ConfigureAwait(false);
        if (opened.Value is not { } version)
        {
            return opened.FailedAs<Motion>();
        }

        var motions = await MotionsAsync(transaction, contractId, cancellationToken).ConfigureAwait(false);
        var problem = Check(version.Contract, request, motions);
        if (problem is not null)
        {
            return ServiceResult<Motion>.Rejected(problem);
        }

        var rule = request.Kind == MotionKind.Suspension ? version.Contract.RiskReward.Suspension!.DecidedBy : SuspensionDecision.Unanimous;
        var voters = VotingMembers.For(version.Contract, request.Kind, rule);
        var motion = new Motion(
            Guid.NewGuid().ToString("N"),
            contractId,
            motions.Select(existing => existing.Sequence).DefaultIfEmpty(0).Max() + 1,
            request.Kind,
            request.ItemId,
            request.Question,
            request.Year,
            request.Kind == MotionKind.Suspension || request.Answer,
            request.Reason.Trim(),
            rule,
            voters,
            version.Version.Version,
            LedgerTime.Format(TimeProvider.System.GetUtcNow()),
            actor.Name,
            []);
        await transaction.ExecuteAsync(
            "INSERT INTO motions (id, contract_id, sequence, kind, item_id, question, year, answer, reason, voting_rule, voters, contract_version, created_at, created_by) "
            + "VALUES (@Id, @ContractId, @Sequence, @kind, @ItemId, @Question, @Year, @answer, @Reason, @rule, @voters, @ContractVersion, @CreatedAt, @CreatedBy)",
            new
            {
                motion.Id, motion.ContractId, motion.Sequence, kind = Word(motion.Kind), motion.ItemId, motion.Question, motion.Year, answer = motion.Answer ? "yes" : "no",
                motion.Reason, rule = SpecWordsFor(rule), voters = string.Join(' ', voters), motion.ContractVersion, motion.CreatedAt, motion.CreatedBy,
            },
            cancellationToken).ConfigureAwait(false);
        await audit.AppendAsync(transaction, actor, new AuditChange("motion.proposed", "motion", motion.Id, contractId, null, Describe(motion)), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return ServiceResult<Motion>.Success(motion);
    }

    /// <summary>
    /// Records <paramref name="partyId"/>'s vote (the caller has established that the actor speaks for that party).
    /// Refused when the party is not a voter on the motion, has voted already, or the motion is decided.
    /// </summary>
    public async Task<ServiceResult<Motion>> VoteAsync(Actor actor, string contractId, string motionId, string partyId, bool inFavour, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var transaction = await database.BeginAsync(cancellationToken).ConfigureAwait(false);
        await transaction.LockAsync(LedgerLock.Periods, cancellationToken).ConfigureAwait(false);
        var motion = (await MotionsAsync(transaction, contractId, cancellationToken).ConfigureAwait(false)).FirstOrDefault(item => item.Id == motionId);
        if (motion is null)
        {
            return ServiceResult<Motion>.Rejected(new RequestProblem("motion", $"There is no motion '{motionId}' on contract '{contractId}'."));
        }

        if (motion.Status != MotionStatus.Pending)
        {
            return ServiceResult<Motion>.Rejected(new RequestProblem("motion", $"Motion {motion.Sequence} ({motion.Subject}) is already {motion.Status.ToString().ToLowerInvariant()}; propose a new motion to decide again."));
        }

        if (!motion.Voters.Contains(partyId, StringComparer.Ordinal))
        {
            return ServiceResult<Motion>.Rejected(new RequestProblem("party", $"'{partyId}' does not vote on motion {motion.Sequence}: its voters are {string.Join(", ", motion.Voters)}."));
        }

        if (motion.Votes.Any(vote => vote.PartyId == partyId))
        {
            return ServiceResult<Motion>.Rejected(new RequestProblem("party", $"'{partyId}' has already voted on motion {motion.Sequence}; a vote is cast once."));
        }

        var vote = new Vote(motion.Id, partyId, inFavour, LedgerTime.Format(TimeProvider.System.GetUtcNow()), actor.Name);
        await transaction.ExecuteAsync(
            "INSERT INTO votes (motion_id, party_id, vote, at, by_actor) VALUES (@MotionId, @PartyId, @vote, @At, @ByActor)",
            new { vote.MotionId, vote.PartyId, vote = inFavour ? "for" : "against", vote.At, vote.ByActor },
            cancellationToken).ConfigureAwait(false);
        var after = motion with { Votes = [.. motion.Votes, vote] };
        await audit.AppendAsync(
            transaction,
            actor,
            new AuditChange("motion.vote", "motion", motion.Id, contractId, Describe(motion), Describe(after)),
            cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return ServiceResult<Motion>.Success(after);
    }

    /// <summary>Every motion of a contract with its votes, in the order proposed.</summary>
    public async Task<IReadOnlyList<Motion>> MotionsAsync(string contractId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await database.BeginReadAsync(cancellationToken).ConfigureAwait(false);
        return await MotionsAsync(transaction, contractId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The risk/reward register as the board's decisions leave it; a problem when there is no such contract.</summary>
    public async Task<ServiceResult<IReadOnlyList<RegisterItem>>> RegisterAsync(string contractId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await database.BeginReadAsync(cancellationToken).ConfigureAwait(false);
        var opened = await contracts.OpenAsync(transaction, contractId, null, cancellationToken).ConfigureAwait(false);
        if (opened.Value is not { } version)
        {
            return opened.FailedAs<IReadOnlyList<RegisterItem>>();
        }

        var motions = await MotionsAsync(transaction, contractId, cancellationToken).ConfigureAwait(false);
        var decided = DecisionOverlay.Apply(version.Contract, motions);
        IReadOnlyList<RegisterItem> items = [.. decided.RiskReward.Items.Select(item => new RegisterItem(
            item.Id.Value,
            item.Name,
            item.Gateway,
            item.Included,
            item.MovesMoney,
            [.. motions.Where(motion => motion.ItemId == item.Id.Value)]))];
        return ServiceResult<IReadOnlyList<RegisterItem>>.Success(items);
    }

    internal static async Task<IReadOnlyList<Motion>> MotionsAsync(LedgerTransaction transaction, string contractId, CancellationToken cancellationToken)
    {
        var rows = await transaction.QueryAsync<MotionRow>(
            $"SELECT {MotionColumns} FROM motions WHERE contract_id = @contractId ORDER BY sequence", new { contractId }, cancellationToken).ConfigureAwait(false);
        var votes = await transaction.QueryAsync<VoteRow>(
            "SELECT v.motion_id AS MotionId, v.party_id AS PartyId, v.vote AS Vote, v.at AS At, v.by_actor AS ByActor FROM votes v JOIN motions m ON m.id = v.motion_id "
            + "WHERE m.contract_id = @contractId ORDER BY v.at, v.party_id",
            new { contractId },
            cancellationToken).ConfigureAwait(false);
        var byMotion = votes.ToLookup(vote => vote.MotionId, StringComparer.Ordinal);
        return [.. rows.Select(row => row.ToMotion(byMotion[row.Id].Select(vote => new Vote(vote.MotionId, vote.PartyId, vote.Vote == "for", vote.At, vote.ByActor)).ToArray()))];
    }

    private static RequestProblem? Check(Contract contract, MotionRequest request, IReadOnlyList<Motion> motions)
    {
        if (RecordedReason.Problem(
                request.Reason,
                "Give the reason for the motion: it is recorded with the decision (and printed on statements for a suspension).",
                $"The reason is {request.Reason?.Length:N0} characters; at most {MaxReasonLength:N0} are kept. Summarise it and cite the minutes.") is { } reasonProblem)
        {
            return reasonProblem;
        }

        var item = request.ItemId is null ? null : contract.RiskReward.Items.FirstOrDefault(candidate => candidate.Id.Value == request.ItemId);
        if (request.ItemId is not null && item is null)
        {
            return new RequestProblem("item", $"'{request.ItemId}' is not a risk/reward item of this contract; its items are {Names(contract)}.");
        }

        switch (request.Kind)
        {
            case MotionKind.Gateway:
                if (item is null)
                {
                    return new RequestProblem("item", $"A gateway motion names the item it is about; the items are {Names(contract)}.");
                }

                if (request.Question is null || !GatewayQuestions.All.Contains(request.Question, StringComparer.Ordinal))
                {
                    return new RequestProblem("question", $"The gateway question must be one of {string.Join(", ", GatewayQuestions.All)}.");
                }

                break;
            case MotionKind.Include:
                if (item is null)
                {
                    return new RequestProblem("item", $"An inclusion motion names the item it is about; the items are {Names(contract)}.");
                }

                var decided = DecisionOverlay.Apply(contract, motions).RiskReward.Items.Single(candidate => candidate.Id == item.Id);
                if (request.Answer && !decided.Gateway.Passed)
                {
                    return new RequestProblem("item", $"'{item.Id}' has not passed all three gateway questions (material, collective responsibility, jointly agreed); it can be included in sharing only after it has.");
                }

                break;
            default:
                if (contract.RiskReward.Suspension is not { } clause)
                {
                    return new RequestProblem("kind", "This contract has no suspension clause (risk_reward.suspension), so the share cannot be suspended.");
                }

                if (!contract.Term.Calendar.TryParseYear(request.Year, out _, out var yearError))
                {
                    return new RequestProblem("year", yearError);
                }

                if (item is not null && !clause.PerItem)
                {
                    return new RequestProblem("item", "The contract's suspension clause suspends the whole share only (per_item: no); leave the item out.");
                }

                break;
        }

        var pending = motions.FirstOrDefault(motion => motion.Status == MotionStatus.Pending && motion.Kind == request.Kind && motion.ItemId == request.ItemId
            && motion.Question == request.Question && motion.Year == request.Year);
        return pending is null
            ? null
            : new RequestProblem("kind", $"Motion {pending.Sequence} ({pending.Subject}) is still awaiting votes; decide it before proposing another on the same question.");
    }

    private static string Names(Contract contract) =>
        contract.RiskReward.Items.Count == 0 ? "none" : string.Join(", ", contract.RiskReward.Items.Select(item => item.Id.Value));

    private static string Word(MotionKind kind) => kind.ToString().ToLowerInvariant();

    private static string SpecWordsFor(SuspensionDecision rule) => rule.ToString().ToLowerInvariant();

    private static string Describe(Motion motion) => JsonSerializer.Serialize(new
    {
        motion.Sequence,
        motion.Subject,
        motion.Reason,
        Status = motion.Status.ToString().ToLowerInvariant(),
        Votes = motion.Votes.ToDictionary(vote => vote.PartyId, vote => vote.InFavour ? "for" : "against", StringComparer.Ordinal),
    });

    private sealed record MotionRow(
        string Id, string ContractId, long Sequence, string Kind, string? ItemId, string? Question, string? Year, string Answer, string Reason,
        string VotingRule, string Voters, long ContractVersion, string CreatedAt, string CreatedBy)
    {
        public Motion ToMotion(IReadOnlyList<Vote> votes) => new(
            Id, ContractId, Sequence, Enum.Parse<MotionKind>(Kind, ignoreCase: true), ItemId, Question, Year, Answer == "yes", Reason,
            Enum.Parse<SuspensionDecision>(VotingRule, ignoreCase: true), Voters.Split(' ', StringSplitOptions.RemoveEmptyEntries), ContractVersion, CreatedAt, CreatedBy, votes);
    }

    private sealed record VoteRow(string MotionId, string PartyId, string Vote, string At, string ByActor);
}
