using CareLedger.Data.Evidence;
using CareLedger.Server.Problems;
using CareLedger.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CareLedger.Server.Endpoints;

/// <summary>
/// Evidence for outcome results: documents attached to an indicator's result for a period. Uploaded by those who
/// import (commissioner and provider finance), read by everyone in the contract, downloaded only as attachments.
/// </summary>
internal static class EvidenceEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var evidence = api.MapGroup("/contracts/{contractId}/evidence");
        evidence.MapGet("/", ListAsync).RequireAuthorization(Policies.ContractRead)
            .WithSummary("Evidence documents, optionally for one indicator (?indicator=).");
        evidence.MapPost("/", AddAsync).RequireAuthorization(Policies.ContractImport)
            .WithSummary("Attach a document (the raw body; ?indicator=&period=&name=&note=) to an indicator's result; PDF, images, Office or text, at most 20 MiB.");
        evidence.MapGet("/{evidenceId}", DownloadAsync).RequireAuthorization(Policies.ContractRead)
            .WithSummary("Download a document exactly as uploaded.");
    }

    private static async Task<IResult> ListAsync(string contractId, HttpContext http, EvidenceFiles files, string? indicator = null) =>
        TypedResults.Ok(await files.ListAsync(contractId, indicator, http.RequestAborted));

    private static async Task<IResult> AddAsync(string contractId, HttpRequest request, EvidenceFiles files, string? indicator = null, string? period = null, string? name = null, string? note = null)
    {
        if (await UploadedBody.ReadAsync(request.Body, request.ContentLength, EvidenceFiles.MaxBytes, request.HttpContext.RequestAborted) is not { } content)
        {
            return LedgerProblems.PayloadTooLarge("evidence documents are at most 20 MiB.");
        }

        var upload = new EvidenceUpload(indicator ?? string.Empty, period ?? string.Empty, ValidateEndpoints.FileName(name), content, note);
        var added = await files.AddAsync(SignedInUser.Of(request.HttpContext.User).Actor, contractId, upload, request.HttpContext.RequestAborted);
        if (added.Value is { } file)
        {
            return TypedResults.Created($"/api/v1/contracts/{contractId}/evidence/{file.Id}", file);
        }

        return added.Problem is { } problem
            ? LedgerProblems.Request(problem, added.Diagnostics)
            : LedgerProblems.Findings("The document was not stored.", added.Diagnostics);
    }

    private static async Task<IResult> DownloadAsync(string contractId, string evidenceId, HttpContext http, EvidenceFiles files)
    {
        if (await files.ReadAsync(contractId, evidenceId, http.RequestAborted) is not { } found)
        {
            return LedgerProblems.NotFound($"contract '{contractId}' has no evidence '{evidenceId}'.");
        }

        // Served as a download, never rendered in the site's origin: an uploaded HTML or SVG file cannot run script here.
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(found.Content, found.File.MediaType, found.File.FileName);
    }
}
