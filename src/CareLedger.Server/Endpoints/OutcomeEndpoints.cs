using CareLedger.Data.Outcomes;
using CareLedger.Server.Problems;
using CareLedger.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CareLedger.Server.Endpoints;

/// <summary><c>GET /contracts/{id}/outcomes</c>: the outcomes frameworks with each indicator's weight, its imported results and its evidence.</summary>
internal static class OutcomeEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/contracts/{contractId}/outcomes", ReportAsync).RequireAuthorization(Policies.ContractRead)
            .Produces<OutcomeReport>()
            .WithSummary("Each outcomes framework of the current version: every indicator's weight, the results imported for it (with their file and line) and its evidence documents.");

    private static async Task<IResult> ReportAsync(string contractId, HttpContext http, OutcomeResults outcomes)
    {
        var report = await outcomes.ReportAsync(contractId, http.RequestAborted);
        if (report.Value is { } value)
        {
            return TypedResults.Ok(value);
        }

        return report.Problem is { } problem
            ? LedgerProblems.Request(problem, report.Diagnostics)
            : LedgerProblems.Findings("The stored actuals no longer check against the contract's current version.", report.Diagnostics);
    }
}
