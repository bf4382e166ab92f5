using CareLedger.Application.Contracts;
using CareLedger.Application.Documents;
using CareLedger.Application.Inputs;
using CareLedger.Server.Problems;
using CareLedger.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CareLedger.Server.Endpoints;

/// <summary><c>POST /api/v1/validate</c>: checks a contract without storing it, as <c>careledger validate --format json</c> does.</summary>
internal static class ValidateEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/validate", ValidateAsync)
            .RequireAuthorization(Policies.SignedIn)
            .WithMetadata(YamlRequestBody.Instance)
            .Produces<ValidationDocument>()
            .WithSummary("Check a contract (YAML body): every finding with its line, column and field path. Nothing is stored.");

    private static async Task<IResult> ValidateAsync(HttpRequest request, ContractService contracts, string? name = null)
    {
        var (text, problem) = await YamlBody.ReadAsync(request, FileName(name), InputLimits.ContractBytes);
        if (text is null)
        {
            return problem!;
        }

        var loaded = contracts.Check(text);
        return new LedgerJsonResult<ValidationDocument>(ValidationDocument.Of(text.Name, loaded.Diagnostics));
    }

    /// <summary>The name findings give the file: the caller's (<c>?name=</c>) if it is a plain file name.</summary>
    public static string FileName(string? name) =>
        name is { Length: > 0 and <= 100 } && name.IndexOfAny(['/', '\\', '\n', '\r', '\0']) < 0 ? name : "contract.yaml";
}
