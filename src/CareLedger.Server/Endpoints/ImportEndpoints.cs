using System.Globalization;
using CareLedger.Application.Documents;
using CareLedger.Application.Inputs;
using CareLedger.Data.Accounts;
using CareLedger.Data.Imports;
using CareLedger.Server.Imports;
using CareLedger.Server.Problems;
using CareLedger.Server.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CareLedger.Server.Endpoints;

/// <summary>
/// Imports of actuals over HTTP, as <c>careledger import</c> makes them: one file as the body, or several as a
/// multipart form, checked completely and recorded all or nothing. Commissioner finance imports anything; provider
/// finance only its own organisation's activity and costs (<see cref="ForeignRows"/>).
/// </summary>
internal static class ImportEndpoints
{
    /// <summary>The log category operators watch for imports (each is logged as it is checked, written and recorded).</summary>
    public const string LogCategory = "CareLedger.Imports";

    // A file as the body: these media types, or any name with ?name=. Form encodings are refused so that a plain HTML
    // form cannot post a file as the body (forms use multipart, which needs the antiforgery token with a cookie).
    private static readonly string[] FileMediaTypes =
    [
        "text/csv", "application/csv", "text/plain", "application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/octet-stream",
    ];

    public static void Map(RouteGroupBuilder api)
    {
        var imports = api.MapGroup("/contracts/{contractId}/imports");
        imports.MapGet("/", ListAsync).RequireAuthorization(Policies.ContractRead)
            .WithSummary("Every import of actuals, oldest first, with what each replaced or was replaced by.");
        imports.MapPost("/", ImportAsync).RequireAuthorization(Policies.ContractImport)
            .Produces<ImportedDocument>(StatusCodes.Status201Created)
            .WithSummary("Import actuals: one file as the body (?name=activity.csv) or several as multipart/form-data; ?replace=N replaces import N. All or nothing: 422 with every problem at its row and column, and nothing stored.");
        imports.MapGet("/{number}/file", FileAsync).RequireAuthorization(Policies.ContractRead)
            .WithSummary("Download an imported file exactly as it was given.");
    }

    private static async Task<IResult> ListAsync(string contractId, HttpContext http, ImportHistory history) =>
        TypedResults.Ok((await history.ListAsync(contractId, http.RequestAborted)).Select(entry => ImportDocument.Of(entry.Import, entry.ReplacedBy)).ToArray());

    private static async Task<IResult> FileAsync(string contractId, string number, HttpContext http, ImportHistory history)
    {
        if (!long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            || await history.FileAsync(contractId, sequence, http.RequestAborted) is not { } found)
        {
            return LedgerProblems.NotFound($"contract '{contractId}' has no import '{number}'; GET /api/v1/contracts/{contractId}/imports lists them.");
        }

        // Served as a download, never rendered: an imported file is data, not a page of this site.
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(found.Content, MediaTypeOf(found.Import.Format), found.Import.FileName);
    }

    private static async Task<IResult> ImportAsync(
        string contractId, HttpContext http, UserImports imports, IAntiforgery antiforgery, string? name = null, string? replace = null)
    {
        var (files, problem) = await ReadFilesAsync(http, antiforgery, name);
        if (problem is not null)
        {
            return problem;
        }

        var result = await imports.ImportAsync(SignedInUser.Of(http.User), contractId, files!, replace, http.Items[typeof(ContractAccess)] as ContractAccess, http.RequestAborted);
        if (result.Value is not { } outcome)
        {
            return result.Problem is { } requestProblem
                ? LedgerProblems.Request(requestProblem, result.Diagnostics)
                : LedgerProblems.Findings("The import was refused; nothing was stored.", result.Diagnostics);
        }

        var document = new ImportedDocument(
            [.. outcome.Files.Select(file => new ImportedFileDocument(file.AlreadyImported, ImportDocument.Of(file.Import)))],
            outcome.Replaced is { } replaced ? ImportDocument.Of(replaced, outcome.Files.First(file => !file.AlreadyImported).Import.Id) : null,
            [.. result.Diagnostics.Select(FindingDocument.Of)]);
        return outcome.NothingNew ? TypedResults.Ok(document) : TypedResults.Created($"/api/v1/contracts/{contractId}/imports", document);
    }

    /// <summary>The files of the request (the body, or each file of a multipart form), or the problem to answer instead.</summary>
    private static async Task<(IReadOnlyList<ImportFile>? Files, IResult? Problem)> ReadFilesAsync(HttpContext http, IAntiforgery antiforgery, string? name)
    {
        var request = http.Request;
        var mediaType = request.ContentType?.Split(';')[0].Trim() ?? string.Empty;
        if (string.Equals(mediaType, "multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return await ReadFormAsync(http, antiforgery);
        }

        if (!FileMediaTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            return (null, LedgerProblems.UnsupportedMediaType(
                $"send one file as the body (e.g. 'Content-Type: text/csv' with ?name=activity.csv; YAML or an .xlsx workbook likewise) or several as multipart/form-data (got '{(mediaType.Length == 0 ? "none" : mediaType)}')."));
        }

        var (content, tooLarge) = await ReadLimitedAsync(request.Body, request.ContentLength, InputLimits.ActualsBytes, http.RequestAborted);
        return tooLarge is not null ? (null, tooLarge) : ([new ImportFile(FileName(name), content!)], null);
    }

    private static async Task<(IReadOnlyList<ImportFile>? Files, IResult? Problem)> ReadFormAsync(HttpContext http, IAntiforgery antiforgery)
    {
        // A browser's cookie goes with any form its page posts: a form needs the antiforgery token too. Scripts with a
        // bearer token are not at risk (a page cannot make a browser send one).
        if (http.User.Identity?.AuthenticationType == AuthenticationSchemes.Cookie && !await antiforgery.IsRequestValidAsync(http))
        {
            return (null, LedgerProblems.BadRequest("antiforgery", "a form signed in with a cookie needs the antiforgery token (GET /api/v1/antiforgery) as the form field or header it names."));
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        if (form.Files.Count == 0)
        {
            return (null, LedgerProblems.BadRequest("files", "the form holds no file; attach one or more files of actuals (YAML, CSV or XLSX)."));
        }

        var files = new List<ImportFile>();
        foreach (var file in form.Files)
        {
            await using var stream = file.OpenReadStream();
            var (content, tooLarge) = await ReadLimitedAsync(stream, file.Length, InputLimits.ActualsBytes, http.RequestAborted);
            if (tooLarge is not null)
            {
                return (null, tooLarge);
            }

            files.Add(new ImportFile(FileName(file.FileName), content!));
        }

        return (files, null);
    }

    private static async Task<(byte[]? Content, IResult? Problem)> ReadLimitedAsync(Stream body, long? length, long limit, CancellationToken cancellationToken) =>
        await UploadedBody.ReadAsync(body, length, limit, cancellationToken) is { } content
            ? (content, null)
            : (null, LedgerProblems.PayloadTooLarge($"an actuals file is at most {InputLimits.Describe(limit)}; split it (by period or section) into several imports."));

    /// <summary>The name findings and the record give the file: the caller's, if it is a plain file name.</summary>
    internal static string FileName(string? name)
    {
        var plain = Path.GetFileName(name ?? string.Empty);
        return plain is { Length: > 0 and <= 100 } && plain.IndexOfAny(['\\', '\n', '\r', '\0']) < 0 && !plain.Any(char.IsControl) ? plain : "actuals";
    }

    private static string MediaTypeOf(string format) => format switch
    {
        "csv" => "text/csv",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/yaml",
    };
}
