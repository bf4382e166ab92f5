using CareLedger.Data.Accounts;

namespace CareLedger.Server.Security;

/// <summary>
/// The parties of a contract a user may vote for: those its organisation is linked to. A board member votes for their
/// own organisation's party only, never for another member.
/// </summary>
public sealed class VotingParties(Users users, Organisations organisations)
{
    public async Task<IReadOnlyList<string>> ForAsync(string userId, string contractId, CancellationToken cancellationToken = default)
    {
        var account = await users.GetAsync(userId, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            return [];
        }

        var links = await organisations.PartiesAsync(account.OrganisationId, cancellationToken).ConfigureAwait(false);
        return [.. links.Where(link => link.ContractId == contractId).Select(link => link.PartyId)];
    }
}
