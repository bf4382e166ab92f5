using CareLedger.Data.Audit;
using CareLedger.Data.Storage;
using CareLedger.Server.Paging;
using CareLedger.Server.Problems;
using CareLedger.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CareLedger.Server.Endpoints;

/// <summary>
/// The audit trail: one contract's entries for its auditors; the whole trail (accounts included) and its
/// verification for administrators.
/// </summary>
internal static class AuditEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/contracts/{contractId}/audit", ContractTrailAsync).RequireAuthorization(Policies.ContractAudit)
            .WithSummary("The contract's audit trail, oldest first (paged by sequence: ?after=&limit=).");
        api.MapGet("/audit", TrailAsync).RequireAuthorization(Policies.Administrator)
            .WithSummary("The whole audit trail, oldest first (paged by sequence).");
        api.MapGet("/audit/verification", VerifyAsync).RequireAuthorization(Policies.Administrator)
            .WithSummary("Re-check the audit trail's hash chain; names the first entry that does not check out.");
    }

    private static Task<IResult> ContractTrailAsync(string contractId, HttpRequest request, AuditTrail audit, LedgerDatabase database) =>
        PageAsync(request, audit, database, contractId);

    private static Task<IResult> TrailAsync(HttpRequest request, AuditTrail audit, LedgerDatabase database) =>
        PageAsync(request, audit, database, null);

    private static async Task<IResult> VerifyAsync(HttpContext http, LedgerDatabase database) =>
        TypedResults.Ok(await new AuditVerifier(database).VerifyAsync(http.RequestAborted));

    private static async Task<IResult> PageAsync(HttpRequest request, AuditTrail audit, LedgerDatabase database, string? contractId)
    {
        if (!PageQuery.TryRead(request, out var page, out var problem))
        {
            return LedgerProblems.BadRequest("limit", problem!);
        }

        if (!long.TryParse(page.After ?? "0", System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var after))
        {
            return LedgerProblems.BadRequest("after", "after must be the sequence number of the last entry seen.");
        }

        var entries = await audit.ReadAsync(database, after, page.Fetch, contractId, request.HttpContext.RequestAborted);
        return TypedResults.Ok(page.PageOf(request, entries, entry => entry.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
