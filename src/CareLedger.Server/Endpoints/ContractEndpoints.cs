using System.Globalization;
using CareLedger.Application.Documents;
using CareLedger.Application.Inputs;
using CareLedger.Data.Accounts;
using CareLedger.Data.Contracts;
using CareLedger.Server.Paging;
using CareLedger.Server.Problems;
using CareLedger.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CareLedger.Server.Endpoints;

/// <summary>
/// Contracts and their versions: the contracts a user sees, a new contract (administrators), a new version (with
/// <c>If-Match</c>), the YAML of any version, the versions, and what changed between two.
/// </summary>
internal static class ContractEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/contracts", ListAsync).RequireAuthorization(Policies.SignedIn)
            .WithSummary("The contracts you can see, by id (paged: ?after=&limit=), with your roles in each.");
        api.MapPost("/contracts", CreateAsync).RequireAuthorization(Policies.Administrator).WithMetadata(YamlRequestBody.Instance)
            .WithSummary("Create a contract from YAML (version 1). Errors store nothing and come back with line and column.");

        var contract = api.MapGroup("/contracts/{contractId}");
        contract.MapGet("/", GetAsync).RequireAuthorization(Policies.ContractRead)
            .WithSummary("The contract's current version and parties; the ETag header is what an edit sends in If-Match.");
        contract.MapPut("/", EditAsync).RequireAuthorization(Policies.ContractEdit).WithMetadata(YamlRequestBody.Instance)
            .WithSummary("Store a new version (YAML body, If-Match required). A stale If-Match gets 412 and stores nothing.");
        contract.MapGet("/yaml", YamlAsync).RequireAuthorization(Policies.ContractRead)
            .WithSummary("The YAML of the current version (or ?version=N), exactly as uploaded.");
        contract.MapGet("/versions", VersionsAsync).RequireAuthorization(Policies.ContractRead)
            .WithSummary("Every version, oldest first (paged by version number: ?after=&limit=).");
        contract.MapGet("/compare", CompareAsync).RequireAuthorization(Policies.ContractRead)
            .WithSummary("What changed between two versions (?from=1&to=2), key by key.");
    }

    private static async Task<IResult> ListAsync(HttpRequest request, ContractVisibility visibility, ContractVersions contracts)
    {
        if (!PageQuery.TryRead(request, out var page, out var problem))
        {
            return LedgerProblems.BadRequest("limit", problem!);
        }

        var user = SignedInUser.Of(request.HttpContext.User);
        var visible = (await visibility.VisibleAsync(user.Id, request.HttpContext.RequestAborted))
            .Where(access => page.After is null || string.CompareOrdinal(access.ContractId, page.After) > 0)
            .Take(page.Fetch);
        var items = new List<ContractDocument>();
        foreach (var access in visible)
        {
            if (await contracts.CurrentAsync(access.ContractId, request.HttpContext.RequestAborted) is { } version)
            {
                items.Add(ContractDocument.Of(version, [.. access.Roles.Select(ContractRoles.Name)]));
            }
        }

        return TypedResults.Ok(page.PageOf(request, items, item => item.Id));
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, ContractVersions contracts, string? name = null, string? note = null)
    {
        var (text, problem) = await YamlBody.ReadAsync(request, ValidateEndpoints.FileName(name), InputLimits.ContractBytes);
        if (text is null)
        {
            return problem!;
        }

        var user = SignedInUser.Of(request.HttpContext.User);
        var result = await contracts.UploadAsync(user.Actor, text, note, basedOn: 0, request.HttpContext.RequestAborted);
        return result.Status switch
        {
            UploadStatus.Invalid => LedgerProblems.Findings("The contract has errors; nothing was stored.", result.Diagnostics),
            UploadStatus.Conflict => LedgerProblems.Conflict($"there is already a contract '{result.Version?.ContractId}': send a new version with PUT /api/v1/contracts/{result.Version?.ContractId} and If-Match."),
            _ => Uploaded(request.HttpContext.Response, result, created: true),
        };
    }

    private static async Task<IResult> GetAsync(string contractId, HttpContext http, ContractVersions contracts)
    {
        var version = await contracts.CurrentAsync(contractId, http.RequestAborted);
        if (version is null)
        {
            return LedgerProblems.ContractNotFound(contractId);
        }

        var parties = await contracts.PartiesAsync(contractId, null, http.RequestAborted);
        ContractETag.Set(http.Response, version);
        return TypedResults.Ok(new ContractDetailDocument(ContractDocument.Of(version, RolesOf(http)), parties));
    }

    private static async Task<IResult> EditAsync(string contractId, HttpRequest request, ContractVersions contracts, string? note = null)
    {
        string? ifMatch = request.Headers.IfMatch;
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return LedgerProblems.PreconditionRequired("send If-Match with the ETag of the version you edited (GET the contract to read it), so that nobody's change is overwritten.");
        }

        var current = await contracts.CurrentAsync(contractId, request.HttpContext.RequestAborted);
        if (!ContractETag.TryParse(ifMatch, out var basedOn))
        {
            return LedgerProblems.PreconditionFailed($"If-Match '{ifMatch}' is not an ETag of this contract.", current is null ? null : ContractETag.Of(current));
        }

        var (text, problem) = await YamlBody.ReadAsync(request, current?.FileName ?? contractId + ".yaml", InputLimits.ContractBytes);
        if (text is null)
        {
            return problem!;
        }

        var user = SignedInUser.Of(request.HttpContext.User);
        var result = await contracts.ReviseAsync(user.Actor, contractId, text, basedOn ?? current?.Version, note, request.HttpContext.RequestAborted);
        return result.Status switch
        {
            UploadStatus.WrongContract => LedgerProblems.BadRequest("id", $"the YAML is contract '{result.NamedContractId}', not '{contractId}'. Send it to its own address, or correct its id."),
            UploadStatus.Invalid => LedgerProblems.Findings("The contract has errors; nothing was stored.", result.Diagnostics),
            UploadStatus.Conflict => LedgerProblems.PreconditionFailed(
                string.Create(CultureInfo.InvariantCulture, $"you edited version {basedOn}, but version {result.CurrentVersion} has been stored since. Nothing was stored: read the current version, apply your change to it and send it again."),
                result.Version is { } now ? ContractETag.Of(now) : null),
            _ => Uploaded(request.HttpContext.Response, result, created: false),
        };
    }

    private static async Task<IResult> YamlAsync(string contractId, HttpContext http, ContractVersions contracts, long? version = null)
    {
        var text = await contracts.TextAsync(contractId, version, http.RequestAborted);
        if (text is null)
        {
            return LedgerProblems.NotFound(string.Create(CultureInfo.InvariantCulture, $"contract '{contractId}' has no version {version}."));
        }

        ContractETag.Set(http.Response, text.Version);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{SafeFileName(text.Version.FileName)}\"";
        return TypedResults.Text(text.Yaml, "application/yaml; charset=utf-8");
    }

    private static async Task<IResult> VersionsAsync(string contractId, HttpRequest request, ContractVersions contracts)
    {
        if (!PageQuery.TryRead(request, out var page, out var problem))
        {
            return LedgerProblems.BadRequest("limit", problem!);
        }

        var after = long.TryParse(page.After, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;
        var versions = (await contracts.VersionsAsync(contractId, request.HttpContext.RequestAborted)).Where(version => version.Version > after).Take(page.Fetch).ToArray();
        return TypedResults.Ok(page.PageOf(request, versions, version => version.Version.ToString(CultureInfo.InvariantCulture)));
    }

    private static async Task<IResult> CompareAsync(string contractId, HttpContext http, ContractVersions contracts, long? from = null, long? to = null)
    {
        if (from is null || to is null)
        {
            return LedgerProblems.BadRequest("from", "say which versions to compare: ?from=1&to=2.");
        }

        var differences = await contracts.CompareAsync(contractId, from.Value, to.Value, http.RequestAborted);
        return differences is null
            ? LedgerProblems.NotFound(string.Create(CultureInfo.InvariantCulture, $"contract '{contractId}' has no version {from} or {to}."))
            : TypedResults.Ok(new ComparisonDocument(contractId, from.Value, to.Value, differences));
    }

    private static IResult Uploaded(HttpResponse response, UploadResult result, bool created)
    {
        var version = result.Version!;
        ContractETag.Set(response, version);
        var document = new UploadDocument(result.Status == UploadStatus.Added ? "added" : "unchanged", version, ContractETag.Of(version), [.. result.Diagnostics.Select(FindingDocument.Of)]);
        return created && result.Status == UploadStatus.Added
            ? TypedResults.Created($"/api/v1/contracts/{version.ContractId}", document)
            : TypedResults.Ok(document);
    }

    /// <summary>The caller's roles in the route's contract, as resolved by its authorisation (never read twice).</summary>
    internal static IReadOnlyList<string> RolesOf(HttpContext http) =>
        http.Items[typeof(ContractAccess)] is ContractAccess access ? [.. access.Roles.Select(ContractRoles.Name)] : [];

    private static string SafeFileName(string name) => new([.. name.Where(character => char.IsAsciiLetterOrDigit(character) || character is '.' or '-' or '_')]);
}
