using System.Text;
using CareLedger.Reports;
using CareLedger.Reports.Writers;
using CareLedger.Server.Problems;
using CareLedger.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CareLedger.Server.Endpoints;

/// <summary>
/// Files to take away: a party's statement from a run as PDF or spreadsheet, a run's board pack as PDF, and any table
/// the contract's pages show as CSV or spreadsheet. Each is built from the stored run or document the page shows, so
/// its totals are the screen's. Everyone who can read the contract can download them (alliances are transparent).
/// </summary>
internal static class ReportEndpoints
{
    private const string PdfType = "application/pdf";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string CsvType = "text/csv; charset=utf-8";

    public static void Map(RouteGroupBuilder api)
    {
        var contract = api.MapGroup("/contracts/{contractId}").RequireAuthorization(Policies.ContractRead);
        contract.MapGet("/runs/{runId}/statements/{partyId}.pdf", (string contractId, string runId, string partyId, HttpContext http, ReportService reports) => StatementAsync(contractId, runId, partyId, "pdf", http, reports))
            .WithSummary("One party's statement from the run as a PDF.");
        contract.MapGet("/runs/{runId}/statements/{partyId}.xlsx", (string contractId, string runId, string partyId, HttpContext http, ReportService reports) => StatementAsync(contractId, runId, partyId, "xlsx", http, reports))
            .WithSummary("One party's statement from the run as a spreadsheet (amounts as £ number cells).");
        contract.MapGet("/runs/{runId}/board-pack.pdf", BoardPackAsync)
            .WithSummary("The board pack for the run's period as a PDF: budget, statements summary, outcomes, risk/reward register, charts with their tables.");
        contract.MapGet("/exports/{table}", TableAsync)
            .WithSummary("A table a page shows, as ?format=csv or xlsx: statements or totals (?run=), budget, allocation or contract-values (?year=), outcomes.");
    }

    private static async Task<IResult> StatementAsync(string contractId, string runId, string partyId, string format, HttpContext http, ReportService reports)
    {
        if (await reports.RunAsync(contractId, runId, http.RequestAborted) is not { } settled)
        {
            return RunNotFound(contractId, runId);
        }

        var statement = ReportService.Statement(settled, partyId);
        if (statement.Value is not { } report)
        {
            return LedgerProblems.NotFound(statement.Problem!.Message);
        }

        var name = FileName(settled.Contract.Name, settled.Settlement.Period, partyId, "statement");
        return format == "pdf"
            ? TypedResults.File(PdfReportWriter.Write(report), PdfType, name + ".pdf")
            : TypedResults.File(XlsxReportWriter.Write(report), XlsxType, name + ".xlsx");
    }

    private static async Task<IResult> BoardPackAsync(string contractId, string runId, HttpContext http, ReportService reports)
    {
        if (await reports.RunAsync(contractId, runId, http.RequestAborted) is not { } settled)
        {
            return RunNotFound(contractId, runId);
        }

        var report = await reports.BoardPackAsync(settled, http.RequestAborted);
        return TypedResults.File(PdfReportWriter.Write(report), PdfType, FileName(settled.Contract.Name, settled.Settlement.Period, "board-pack") + ".pdf");
    }

    private static async Task<IResult> TableAsync(string contractId, string table, HttpContext http, ReportService reports, string? format = null, string? run = null, string? year = null)
    {
        if (format is not ("csv" or "xlsx"))
        {
            return LedgerProblems.BadRequest("format", $"say which file to make: ?format=csv or ?format=xlsx{(format is null ? string.Empty : $" ('{format}' is neither)")}.");
        }

        var exported = await reports.TableAsync(contractId, table, run, year, http.RequestAborted);
        if (exported is null)
        {
            return run is null ? LedgerProblems.NotFound($"contract '{contractId}' has no current version.") : RunNotFound(contractId, run);
        }

        if (exported.Value is not { } report)
        {
            return exported.Problem is { } problem
                ? LedgerProblems.Request(problem, exported.Diagnostics)
                : LedgerProblems.Findings("The table cannot be exported: its stored inputs no longer check.", exported.Diagnostics);
        }

        var name = FileName(report.Heading.ContractName, report.Heading.Period, table);
        return format == "csv"
            ? TypedResults.File(CsvReportWriter.Write(report), CsvType, name + ".csv")
            : TypedResults.File(XlsxReportWriter.Write(report), XlsxType, name + ".xlsx");
    }

    /// <summary>A download's name from its parts, e.g. <c>mid-notts-alliance-2016-17-Q1-board-pack</c>: letters, digits and hyphens only.</summary>
    private static string FileName(params string[] parts)
    {
        var name = new StringBuilder();
        foreach (var character in string.Join('-', parts))
        {
            var kept = char.IsAsciiLetterOrDigit(character) ? character : '-';
            if (kept != '-' || (name.Length > 0 && name[^1] != '-'))
            {
                name.Append(kept);
            }
        }

        return name.ToString().Trim('-');
    }

    private static IResult RunNotFound(string contractId, string runId) => LedgerProblems.NotFound($"contract '{contractId}' has no run '{runId}'.");
}
