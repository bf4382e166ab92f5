using CareLedger.Application;
using CareLedger.Application.Budgets;
using CareLedger.Application.Contracts;
using CareLedger.Application.Documents;
using CareLedger.Data.Contracts;
using CareLedger.Server.Problems;
using CareLedger.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CareLedger.Server.Endpoints;

/// <summary>The budget of a stored contract version, as <c>careledger budget --format json</c> prints it.</summary>
internal static class BudgetEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/contracts/{contractId}/budget", BudgetAsync)
            .RequireAuthorization(Policies.ContractRead)
            .Produces<BudgetDocument>()
            .WithSummary("The budget year by year and its allocation (?year=2016/17 for one year; ?version=N for an older version).");

    private static async Task<IResult> BudgetAsync(string contractId, HttpContext http, ContractVersions contracts, ContractService checker, BudgetService budgets, string? year = null, long? version = null)
    {
        var text = await contracts.TextAsync(contractId, version, http.RequestAborted);
        if (text is null)
        {
            return LedgerProblems.NotFound($"contract '{contractId}' has no such version.");
        }

        var opened = checker.Open(new SourceText(text.Version.FileName, text.Yaml));
        if (opened.Value?.Contract is not { } contract)
        {
            return LedgerProblems.Findings("The stored version no longer passes validation.", opened.Diagnostics);
        }

        var computed = budgets.Compute(contract, year);
        return computed.Value is { } report
            ? new LedgerJsonResult<BudgetDocument>(BudgetDocument.Of(report))
            : LedgerProblems.Request(computed.Problem!);
    }
}
