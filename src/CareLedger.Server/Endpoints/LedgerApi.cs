using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace CareLedger.Server.Endpoints;

/// <summary>THE place where the API's endpoint groups are mapped, under <c>/api/v1</c>.</summary>
internal static class LedgerApi
{
    public const string Prefix = "/api/v1";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Prefix);
        SessionEndpoints.Map(api);
        TokenEndpoints.Map(api);
        OrganisationEndpoints.Map(api);
        UserEndpoints.Map(api);
        ValidateEndpoints.Map(api);
        ContractEndpoints.Map(api);
        BudgetEndpoints.Map(api);
        ImportEndpoints.Map(api);
        PeriodEndpoints.Map(api);
        RunEndpoints.Map(api);
        DecisionEndpoints.Map(api);
        EvidenceEndpoints.Map(api);
        OutcomeEndpoints.Map(api);
        AuditEndpoints.Map(api);
        ReportEndpoints.Map(api);
    }
}
