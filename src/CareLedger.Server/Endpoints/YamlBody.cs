using CareLedger.Application;
using CareLedger.Application.Inputs;
using CareLedger.Server.Problems;
using Microsoft.AspNetCore.Http;

namespace CareLedger.Server.Endpoints;

/// <summary>
/// Reads a YAML request body strictly: a YAML media type (which a cross-site HTML form cannot send, so a browser's
/// cookie alone cannot post a contract), at most the CLI's size limit, UTF-8 only (bad bytes reported at their line
/// and column, exactly as the command line reports them).
/// </summary>
internal static class YamlBody
{
    private static readonly string[] MediaTypes = ["application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml"];

    /// <summary>The body as source text named <paramref name="name"/>, or the problem response to send instead.</summary>
    public static async Task<(SourceText? Text, IResult? Problem)> ReadAsync(HttpRequest request, string name, long limit)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim();
        if (mediaType is null || !MediaTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            return (null, LedgerProblems.UnsupportedMediaType($"send the contract as YAML with 'Content-Type: application/yaml' (got '{mediaType ?? "none"}')."));
        }

        if (request.ContentLength > limit)
        {
            return (null, LedgerProblems.PayloadTooLarge($"the body is {request.ContentLength} bytes; the limit is {InputLimits.Describe(limit)}."));
        }

        if (await UploadedBody.ReadAsync(request.Body, request.ContentLength, limit, request.HttpContext.RequestAborted) is not { } content)
        {
            return (null, LedgerProblems.PayloadTooLarge($"the body is over the limit of {InputLimits.Describe(limit)}."));
        }

        var decoded = TextDecoding.Decode(name, content);
        return decoded.Value is { } text
            ? (text, null)
            : (null, LedgerProblems.Findings("The body is not UTF-8 text.", decoded.Diagnostics));
    }
}
