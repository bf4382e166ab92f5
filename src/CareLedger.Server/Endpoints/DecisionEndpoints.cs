using System.Globalization;
using CareLedger.Application;
using CareLedger.Data.Decisions;
using CareLedger.Server.Problems;
using CareLedger.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CareLedger.Server.Endpoints;

/// <summary>
/// Board decisions where they take effect: motions (the gateway's three questions, inclusion, suspension) proposed and
/// voted by board members for their own party, the risk/reward register they leave, and corrections of closed periods.
/// </summary>
internal static class DecisionEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var contract = api.MapGroup("/contracts/{contractId}");
        contract.MapGet("/motions", MotionsAsync).RequireAuthorization(Policies.ContractRead)
            .WithSummary("Every motion with its voters, votes and status (pending, carried, rejected), in the order proposed.");
        contract.MapPost("/motions", ProposeAsync).RequireAuthorization(Policies.ContractVote)
            .WithSummary("Propose a motion: a gateway answer, an inclusion or a suspension, with its reason.");
        contract.MapPost("/motions/{motionId}/votes", VoteAsync).RequireAuthorization(Policies.ContractVote)
            .WithSummary("Vote for or against a motion, for your organisation's party; each party votes once.");
        contract.MapGet("/register", RegisterAsync).RequireAuthorization(Policies.ContractRead)
            .WithSummary("The risk/reward register as the carried motions leave it: gateway answers, inclusion, whether it moves money.");
        contract.MapGet("/corrections", CorrectionsAsync).RequireAuthorization(Policies.ContractRead)
            .WithSummary("Corrections of closed periods, in the order recorded.");
        contract.MapPost("/corrections", CorrectAsync).RequireAuthorization(Policies.ContractSettle)
            .WithSummary("Record a correction of a closed period, paid in a later open period, with its reason.");
    }

    private static async Task<IResult> MotionsAsync(string contractId, HttpContext http, BoardDecisions decisions) =>
        TypedResults.Ok(await decisions.MotionsAsync(contractId, http.RequestAborted));

    private static async Task<IResult> ProposeAsync(string contractId, MotionBody body, HttpContext http, BoardDecisions decisions)
    {
        if (!Enum.TryParse<MotionKind>(body.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            return LedgerProblems.BadRequest("kind", $"'{body.Kind}' is not a kind of motion: use gateway, include or suspension.");
        }

        var request = new MotionRequest(kind, Blank(body.ItemId), Blank(body.Question), Blank(body.Year), body.Answer, body.Reason ?? string.Empty);
        var proposed = await decisions.ProposeAsync(SignedInUser.Of(http.User).Actor, contractId, request, http.RequestAborted);
        return proposed.Value is { } motion
            ? TypedResults.Created($"/api/v1/contracts/{contractId}/motions/{motion.Id}", motion)
            : Refused(proposed);
    }

    private static async Task<IResult> VoteAsync(string contractId, string motionId, VoteBody body, HttpContext http, BoardDecisions decisions, VotingParties voting)
    {
        var user = SignedInUser.Of(http.User);
        var parties = await voting.ForAsync(user.Id, contractId, http.RequestAborted);
        var party = body.PartyId is { Length: > 0 } named ? parties.FirstOrDefault(candidate => candidate == named) : parties.Count == 1 ? parties[0] : null;
        if (party is null)
        {
            return LedgerProblems.BadRequest("party_id", parties.Count == 0
                ? "your organisation is no party of this contract, so it has no vote."
                : $"say which of your organisation's parties this vote is for: {string.Join(", ", parties)}.");
        }

        var voted = await decisions.VoteAsync(user.Actor, contractId, motionId, party, body.InFavour, http.RequestAborted);
        return voted.Value is { } motion ? TypedResults.Ok(motion) : Refused(voted);
    }

    private static async Task<IResult> RegisterAsync(string contractId, HttpContext http, BoardDecisions decisions)
    {
        var register = await decisions.RegisterAsync(contractId, http.RequestAborted);
        return register.Value is { } items ? TypedResults.Ok(items) : Refused(register);
    }

    private static async Task<IResult> CorrectionsAsync(string contractId, HttpContext http, Corrections corrections) =>
        TypedResults.Ok(await corrections.ListAsync(contractId, http.RequestAborted));

    private static async Task<IResult> CorrectAsync(string contractId, CorrectionBody body, HttpContext http, Corrections corrections)
    {
        if (!decimal.TryParse(body.Amount, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return LedgerProblems.BadRequest("amount", $"'{body.Amount}' is not an amount: write it as a decimal string, e.g. \"1250.00\".");
        }

        var request = new CorrectionRequest(body.Period ?? string.Empty, body.FromParty ?? string.Empty, body.ToParty ?? string.Empty, amount, body.Reason ?? string.Empty, Blank(body.Corrects));
        var recorded = await corrections.RecordAsync(SignedInUser.Of(http.User).Actor, contractId, request, http.RequestAborted);
        return recorded.Value is { } correction
            ? TypedResults.Created($"/api/v1/contracts/{contractId}/corrections", correction)
            : Refused(recorded);
    }

    private static IResult Refused<T>(ServiceResult<T> result)
        where T : class =>
        result.Problem is { } problem
            ? LedgerProblems.Request(problem, result.Diagnostics)
            : LedgerProblems.Findings("The request was refused; nothing was recorded.", result.Diagnostics);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
