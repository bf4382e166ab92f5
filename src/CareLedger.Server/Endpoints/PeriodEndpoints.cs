using CareLedger.Application.Documents;
using CareLedger.Data.Periods;
using CareLedger.Data.Settlements;
using CareLedger.Server.Problems;
using CareLedger.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CareLedger.Server.Endpoints;

/// <summary>
/// Periods: their states, settling one (a stored, immutable run; the same inputs again return the same run) and
/// closing one. Period labels hold a slash (<c>2016/17-Q1</c>), so they travel in bodies and queries, not paths.
/// </summary>
internal static class PeriodEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var contract = api.MapGroup("/contracts/{contractId}");
        contract.MapGet("/periods", ListAsync).RequireAuthorization(Policies.ContractRead)
            .WithSummary("Every year, quarter and month of the term with its state (open, settled, closed) and latest run.");
        contract.MapPost("/settlements", SettleAsync).RequireAuthorization(Policies.ContractSettle)
            .WithSummary("Settle a period: 201 with a new run, or 200 with the existing run when nothing changed.");
        contract.MapPost("/closures", CloseAsync).RequireAuthorization(Policies.ContractSettle)
            .WithSummary("Close a settled period; it and the periods inside it are then locked.");
    }

    private static async Task<IResult> ListAsync(string contractId, HttpContext http, PeriodRegister periods)
    {
        var list = await periods.ListAsync(contractId, http.RequestAborted);
        return list is null ? LedgerProblems.ContractNotFound(contractId) : TypedResults.Ok(list);
    }

    private static async Task<IResult> SettleAsync(string contractId, SettleRequest request, HttpContext http, SettlementRuns runs)
    {
        if (string.IsNullOrWhiteSpace(request.Period))
        {
            return LedgerProblems.BadRequest("period", "say which period to settle, e.g. {\"period\": \"2016/17-Q1\"}.");
        }

        var user = SignedInUser.Of(http.User);
        var result = await runs.SettleAsync(user.Actor, contractId, request.Period.Trim(), request.Provisional, http.RequestAborted);
        if (result.Run is not { } run)
        {
            return result.Problem is { } problem
                ? LedgerProblems.Request(problem, result.Diagnostics)
                : LedgerProblems.Findings("The period cannot be settled; nothing was stored.", result.Diagnostics);
        }

        var document = new SettledDocument(result.Outcome == SettleOutcome.Settled ? "settled" : "unchanged", RunDocument.Of(run), [.. result.Diagnostics.Select(FindingDocument.Of)]);
        return result.Outcome == SettleOutcome.Settled
            ? TypedResults.Created($"/api/v1/contracts/{contractId}/runs/{run.Id}", document)
            : TypedResults.Ok(document);
    }

    private static async Task<IResult> CloseAsync(string contractId, CloseRequest request, HttpContext http, PeriodRegister periods)
    {
        if (string.IsNullOrWhiteSpace(request.Period))
        {
            return LedgerProblems.BadRequest("period", "say which period to close, e.g. {\"period\": \"2016/17\", \"reason\": \"year-end signed off\"}.");
        }

        var user = SignedInUser.Of(http.User);
        var closed = await periods.CloseAsync(user.Actor, contractId, request.Period.Trim(), request.Reason, http.RequestAborted);
        if (closed.Value is { } status)
        {
            return TypedResults.Ok(status);
        }

        return closed.Problem is { } problem
            ? LedgerProblems.Request(problem, closed.Diagnostics)
            : LedgerProblems.Findings("The period cannot be closed.", closed.Diagnostics);
    }
}
