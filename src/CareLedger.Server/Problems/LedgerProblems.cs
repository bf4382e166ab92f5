using CareLedger.Application;
using CareLedger.Application.Documents;
using CareLedger.Data.Accounts;
using CareLedger.Specs.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CareLedger.Server.Problems;

/// <summary>
/// Every error the API returns, as Problem Details (RFC 9457). Problems in an input carry <c>findings</c>: the same
/// located diagnostics the command line prints (file, line, column, field path, severity, code, message).
/// </summary>
public static class LedgerProblems
{
    /// <summary>An input with errors (422): every finding, errors and warnings, in file order.</summary>
    public static IResult Findings(string title, IReadOnlyCollection<Diagnostic> diagnostics, int status = StatusCodes.Status422UnprocessableEntity)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var errors = diagnostics.Count(diagnostic => diagnostic.IsError);
        var first = diagnostics.FirstOrDefault(diagnostic => diagnostic.IsError);
        var detail = first is null
            ? title
            : $"{errors} error{(errors == 1 ? string.Empty : "s")}; the first at {first.Location.File}:{first.Location.Line}:{first.Location.Column}: {first.Message}";
        return Problem(status, title, detail, new Dictionary<string, object?> { ["findings"] = diagnostics.Select(FindingDocument.Of).ToArray() });
    }

    /// <summary>A request that cannot be carried out as asked (400): a period not in the term, a party the contract lacks.</summary>
    public static IResult Request(RequestProblem problem, IReadOnlyCollection<Diagnostic>? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var extensions = new Dictionary<string, object?> { ["field"] = problem.Field };
        if (diagnostics is { Count: > 0 })
        {
            extensions["findings"] = diagnostics.Select(FindingDocument.Of).ToArray();
        }

        return Problem(StatusCodes.Status400BadRequest, "The request cannot be carried out as asked.", $"{problem.Field}: {problem.Message}", extensions);
    }

    public static IResult Account(AccountProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var (status, title) = problem.Kind switch
        {
            AccountProblemKind.NotFound => (StatusCodes.Status404NotFound, "Not found."),
            AccountProblemKind.Conflict => (StatusCodes.Status409Conflict, "That clashes with what exists."),
            _ => (StatusCodes.Status400BadRequest, "The request is not valid."),
        };
        return Problem(status, title, $"{problem.Field}: {problem.Message}", new Dictionary<string, object?> { ["field"] = problem.Field });
    }

    public static IResult BadRequest(string field, string message) =>
        Problem(StatusCodes.Status400BadRequest, "The request is not valid.", $"{field}: {message}", new Dictionary<string, object?> { ["field"] = field });

    /// <summary>The same answer whether the contract does not exist or is not the caller's to see.</summary>
    public static IResult ContractNotFound(string? contractId) =>
        Problem(StatusCodes.Status404NotFound, "Not found.", $"there is no contract '{contractId}' that you can see.", null);

    public static IResult NotFound(string detail) => Problem(StatusCodes.Status404NotFound, "Not found.", detail, null);

    public static IResult Conflict(string detail) => Problem(StatusCodes.Status409Conflict, "That clashes with what exists.", detail, null);

    public static IResult PreconditionFailed(string detail, string? currentETag) =>
        Problem(StatusCodes.Status412PreconditionFailed, "The contract has changed since you read it.", detail, new Dictionary<string, object?> { ["current_etag"] = currentETag });

    public static IResult PreconditionRequired(string detail) =>
        Problem(StatusCodes.Status428PreconditionRequired, "Say which version you are changing.", detail, null);

    public static IResult UnsupportedMediaType(string detail) =>
        Problem(StatusCodes.Status415UnsupportedMediaType, "The body is not in a form this endpoint reads.", detail, null);

    public static IResult PayloadTooLarge(string detail) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "The body is too large.", detail, null);

    public static IResult Problem(int status, string title, string detail, IDictionary<string, object?>? extensions) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = status,
            Title = title,
            Detail = detail,
            Extensions = extensions ?? new Dictionary<string, object?>(),
        });
}
