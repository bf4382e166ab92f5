using CareLedger.Data.Accounts;
using CareLedger.Server.Paging;
using CareLedger.Server.Problems;
using CareLedger.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CareLedger.Server.Endpoints;

/// <summary>Organisations and the parties they are in each contract: administrators only.</summary>
internal static class OrganisationEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var organisations = api.MapGroup("/organisations").RequireAuthorization(Policies.Administrator);
        organisations.MapGet("/", ListAsync).WithSummary("Organisations, in id order (paged: ?after=&limit=).");
        organisations.MapPost("/", CreateAsync).WithSummary("Create an organisation.");
        organisations.MapGet("/{organisationId}", GetAsync).WithSummary("One organisation and the parties it is in each contract.");
        organisations.MapPost("/{organisationId}/parties", LinkAsync).WithSummary("Make the organisation a party of a contract: its users can then see the contract.");
        organisations.MapDelete("/{organisationId}/parties/{linkedContractId}/{partyId}", UnlinkAsync).WithSummary("Remove the organisation from a party of a contract.");
    }

    private static async Task<IResult> ListAsync(HttpRequest request, Organisations organisations)
    {
        if (!PageQuery.TryRead(request, out var page, out var problem))
        {
            return LedgerProblems.BadRequest("limit", problem!);
        }

        var items = await organisations.ListAsync(page.After, page.Fetch, request.HttpContext.RequestAborted);
        return TypedResults.Ok(page.PageOf(request, items, organisation => organisation.Id));
    }

    private static async Task<IResult> CreateAsync(NewOrganisationRequest request, HttpContext http, Organisations organisations)
    {
        var created = await organisations.CreateAsync(SignedInUser.Of(http.User).Actor, request.Id ?? string.Empty, request.Name ?? string.Empty, http.RequestAborted);
        return created.Value is { } organisation
            ? TypedResults.Created($"/api/v1/organisations/{organisation.Id}", organisation)
            : LedgerProblems.Account(created.Problem!);
    }

    private static async Task<IResult> GetAsync(string organisationId, HttpContext http, Organisations organisations)
    {
        var organisation = await organisations.GetAsync(organisationId, http.RequestAborted);
        if (organisation is null)
        {
            return LedgerProblems.NotFound($"there is no organisation '{organisationId}'.");
        }

        return TypedResults.Ok(new OrganisationDocument(organisation, await organisations.PartiesAsync(organisationId, http.RequestAborted)));
    }

    private static async Task<IResult> LinkAsync(string organisationId, PartyLinkRequest request, HttpContext http, Organisations organisations)
    {
        var link = new PartyLink(organisationId, request.ContractId ?? string.Empty, request.PartyId ?? string.Empty);
        var linked = await organisations.LinkPartyAsync(SignedInUser.Of(http.User).Actor, link, http.RequestAborted);
        return linked.Value is { } value ? TypedResults.Ok(value) : LedgerProblems.Account(linked.Problem!);
    }

    private static async Task<IResult> UnlinkAsync(string organisationId, string linkedContractId, string partyId, HttpContext http, Organisations organisations)
    {
        var unlinked = await organisations.UnlinkPartyAsync(SignedInUser.Of(http.User).Actor, new PartyLink(organisationId, linkedContractId, partyId), http.RequestAborted);
        return unlinked.Value is not null ? TypedResults.NoContent() : LedgerProblems.Account(unlinked.Problem!);
    }
}
