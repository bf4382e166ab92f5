using System.Text.Json;

namespace CareLedger.Data.Accounts;

/// <summary>The before and after states the audit trail records for account changes: compact JSON, never a secret.</summary>
internal static class AuditState
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static string Of<T>(T state) => JsonSerializer.Serialize(state, Options);

    public static string OfUser(UserAccount user) =>
        Of(new { user.Id, user.Email, user.Name, Organisation = user.OrganisationId, user.Administrator, user.Disabled });
}
