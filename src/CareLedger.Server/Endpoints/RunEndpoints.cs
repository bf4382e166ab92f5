using CareLedger.Application.Documents;
using CareLedger.Application.Json;
using CareLedger.Data.Settlements;
using CareLedger.Domain;
using CareLedger.Server.Problems;
using CareLedger.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CareLedger.Server.Endpoints;

/// <summary>
/// Stored settlement runs: a period's runs, one run, its settlement document exactly as stored, and one party's
/// statement from it. Every role in the contract reads every statement: alliances are transparent.
/// </summary>
internal static class RunEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var runs = api.MapGroup("/contracts/{contractId}/runs").RequireAuthorization(Policies.ContractRead);
        runs.MapGet("/", ListAsync).WithSummary("A period's runs, oldest first (?period=2016/17-Q1); the last is the period's settlement.");
        runs.MapGet("/{runId}", GetAsync).WithSummary("One run: its period, inputs' fingerprints, when and by whom.");
        runs.MapGet("/{runId}/settlement", SettlementAsync).Produces<SettlementDocument>()
            .WithSummary("The run's settlement document (every statement, checks and notes) as stored.");
        runs.MapGet("/{runId}/statements/{partyId}", StatementAsync).Produces<SettlementDocument>()
            .WithSummary("One party's statement from the run.");
        runs.MapGet("/{runId}/explanations/{partyId}", ExplainAsync).Produces<ExplanationDocument>()
            .WithSummary("How each of a party's lines in the run was derived (?element=variable for one element): rule, formula, inputs with their sources, steps, rounding.");
    }

    private static async Task<IResult> ListAsync(string contractId, HttpContext http, SettlementRuns runs, string? period = null)
    {
        if (string.IsNullOrWhiteSpace(period))
        {
            return LedgerProblems.BadRequest("period", "say which period's runs to list: ?period=2016/17-Q1.");
        }

        var list = await runs.RunsAsync(contractId, period.Trim(), http.RequestAborted);
        return TypedResults.Ok(list.Select(RunDocument.Of).ToArray());
    }

    private static async Task<IResult> GetAsync(string contractId, string runId, HttpContext http, SettlementRuns runs) =>
        await runs.RunAsync(contractId, runId, http.RequestAborted) is { } run
            ? TypedResults.Ok(RunDocument.Of(run))
            : RunNotFound(contractId, runId);

    private static async Task<IResult> SettlementAsync(string contractId, string runId, HttpContext http, SettlementRuns runs)
    {
        if (await runs.RunAsync(contractId, runId, http.RequestAborted) is not { } run)
        {
            return RunNotFound(contractId, runId);
        }

        // Runs are immutable, so a client may keep the document for as long as it likes.
        http.Response.Headers.ETag = $"\"{run.InputsFingerprint[..16]}\"";
        http.Response.Headers.CacheControl = "private, max-age=31536000, immutable";
        return TypedResults.Text(run.Document + "\n", "application/json; charset=utf-8");
    }

    private static async Task<IResult> StatementAsync(string contractId, string runId, string partyId, HttpContext http, SettlementRuns runs)
    {
        if (await runs.RunAsync(contractId, runId, http.RequestAborted) is not { } run)
        {
            return RunNotFound(contractId, runId);
        }

        var settlement = CareLedgerJson.Read<SettlementDocument>(run.Document);
        var statements = settlement.Statements.Where(statement => statement.Party.Value == partyId).ToValueList();
        return statements.Count == 0
            ? LedgerProblems.NotFound($"run {runId} has no statement for '{partyId}'; its parties are {string.Join(", ", settlement.Statements.Select(statement => statement.Party.Value))}.")
            : new LedgerJsonResult<SettlementDocument>(settlement with { Statements = statements });
    }

    private static async Task<IResult> ExplainAsync(string contractId, string runId, string partyId, HttpContext http, SettlementRuns runs, RunExplanations explanations, string? element = null)
    {
        if (await runs.RunAsync(contractId, runId, http.RequestAborted) is not { } run)
        {
            return RunNotFound(contractId, runId);
        }

        var explained = await explanations.ExplainAsync(run, partyId, element, http.RequestAborted);
        if (explained.Value is { } explanation)
        {
            return new LedgerJsonResult<ExplanationDocument>(ExplanationDocument.Of(explanation));
        }

        return explained.Problem is { } problem
            ? LedgerProblems.Request(problem, explained.Diagnostics)
            : LedgerProblems.Findings("The run cannot be explained.", explained.Diagnostics);
    }

    private static IResult RunNotFound(string contractId, string runId) => LedgerProblems.NotFound($"contract '{contractId}' has no run '{runId}'.");
}
