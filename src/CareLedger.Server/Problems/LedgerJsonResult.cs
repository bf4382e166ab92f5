using CareLedger.Application.Json;
using Microsoft.AspNetCore.Http;

namespace CareLedger.Server.Problems;

/// <summary>
/// A result document written by <see cref="CareLedgerJson"/>: the same bytes <c>careledger … --format json</c>
/// prints (docs/json.md), so a script can move between the command line and the API without a second parser.
/// </summary>
public sealed class LedgerJsonResult<T>(T document, int statusCode = StatusCodes.Status200OK) : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>
{
    public int? StatusCode => statusCode;

    public T? Value => document;

    object? IValueHttpResult.Value => document;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        await httpContext.Response.WriteAsync(CareLedgerJson.Write(document) + "\n", httpContext.RequestAborted);
    }
}
