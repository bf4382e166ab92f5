using CareLedger.Data.Audit;
using CareLedger.Data.Storage;

namespace CareLedger.Data.Accounts;

/// <summary>Organisations and the parties they are in each contract. Every change is audited in its transaction.</summary>
public sealed class Organisations(LedgerDatabase database, AuditTrail audit, TimeProvider clock)
{
    private const string Columns = "id AS Id, name AS Name, created_at AS CreatedAt";

    public async Task<AccountResult<Organisation>> CreateAsync(Actor actor, string id, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (AccountText.SlugProblem("organisation id", id) is { } idProblem)
        {
            return AccountResult<Organisation>.Invalid("id", idProblem);
        }

        if (AccountText.NameProblem("organisation", name) is { } nameProblem)
        {
            return AccountResult<Organisation>.Invalid("name", nameProblem);
        }

        await using var transaction = await database.BeginAsync(cancellationToken).ConfigureAwait(false);
        if (await FindAsync(transaction, id, cancellationToken).ConfigureAwait(false) is not null)
        {
            return AccountResult<Organisation>.Conflict("id", $"there is already an organisation '{id}'.");
        }

        var organisation = new Organisation(id, name.Trim(), LedgerTime.Format(clock.GetUtcNow()));
        await transaction.ExecuteAsync(
            "INSERT INTO organisations (id, name, created_at, created_by) VALUES (@Id, @Name, @CreatedAt, @By)",
            new { organisation.Id, organisation.Name, organisation.CreatedAt, By = actor.Name },
            cancellationToken).ConfigureAwait(false);
        await audit.AppendAsync(transaction, actor, new AuditChange("organisation.created", "organisation", id, null, null, AuditState.Of(organisation)), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return AccountResult<Organisation>.Success(organisation);
    }

    public async Task<Organisation?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        return await LedgerReads.SingleAsync<Organisation>(database, $"SELECT {Columns} FROM organisations WHERE id = @id", new { id }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A page of organisations in id order, after <paramref name="after"/> (an id, or null for the first page).</summary>
    public async Task<IReadOnlyList<Organisation>> ListAsync(string? after, int limit, CancellationToken cancellationToken = default)
    {
        return await LedgerReads.QueryAsync<Organisation>(
            database,
            $"SELECT {Columns} FROM organisations WHERE id > @after ORDER BY id LIMIT @limit",
            new { after = after ?? string.Empty, limit },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Makes the organisation the link's party in its contract, so its users can see the contract.</summary>
    public async Task<AccountResult<PartyLink>> LinkPartyAsync(Actor actor, PartyLink link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(link);
        await using var transaction = await database.BeginAsync(cancellationToken).ConfigureAwait(false);
        if (await FindAsync(transaction, link.OrganisationId, cancellationToken).ConfigureAwait(false) is null)
        {
            return AccountResult<PartyLink>.NotFound("organisation", $"there is no organisation '{link.OrganisationId}'.");
        }

        var parties = await transaction.QueryAsync<string>(
            "SELECT DISTINCT party_id FROM contract_parties WHERE contract_id = @ContractId ORDER BY party_id", link, cancellationToken).ConfigureAwait(false);
        if (parties.Count == 0)
        {
            return AccountResult<PartyLink>.NotFound("contract_id", $"there is no contract '{link.ContractId}'.");
        }

        if (!parties.Contains(link.PartyId, StringComparer.Ordinal))
        {
            return AccountResult<PartyLink>.Invalid("party_id", $"'{link.PartyId}' is not a party of {link.ContractId}; its parties are {string.Join(", ", parties)}.");
        }

        var existing = await transaction.QuerySingleOrDefaultAsync<long>(
            "SELECT COUNT(*) FROM organisation_parties WHERE organisation_id = @OrganisationId AND contract_id = @ContractId AND party_id = @PartyId",
            link, cancellationToken).ConfigureAwait(false);
        if (existing > 0)
        {
            return AccountResult<PartyLink>.Success(link);
        }

        await transaction.ExecuteAsync(
            "INSERT INTO organisation_parties (organisation_id, contract_id, party_id, created_at, created_by) VALUES (@OrganisationId, @ContractId, @PartyId, @At, @By)",
            new { link.OrganisationId, link.ContractId, link.PartyId, At = LedgerTime.Format(clock.GetUtcNow()), By = actor.Name },
            cancellationToken).ConfigureAwait(false);
        await audit.AppendAsync(transaction, actor, new AuditChange("organisation.party.linked", "organisation", link.OrganisationId, link.ContractId, null, AuditState.Of(link)), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return AccountResult<PartyLink>.Success(link);
    }

    public async Task<AccountResult<PartyLink>> UnlinkPartyAsync(Actor actor, PartyLink link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(link);
        await using var transaction = await database.BeginAsync(cancellationToken).ConfigureAwait(false);
        var removed = await transaction.ExecuteAsync(
            "DELETE FROM organisation_parties WHERE organisation_id = @OrganisationId AND contract_id = @ContractId AND party_id = @PartyId",
            link, cancellationToken).ConfigureAwait(false);
        if (removed == 0)
        {
            return AccountResult<PartyLink>.NotFound("party_id", $"{link.OrganisationId} is not party {link.PartyId} of {link.ContractId}.");
        }

        await audit.AppendAsync(transaction, actor, new AuditChange("organisation.party.unlinked", "organisation", link.OrganisationId, link.ContractId, AuditState.Of(link), null), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return AccountResult<PartyLink>.Success(link);
    }

    public async Task<IReadOnlyList<PartyLink>> PartiesAsync(string organisationId, CancellationToken cancellationToken = default)
    {
        return await LedgerReads.QueryAsync<PartyLink>(
            database,
            "SELECT organisation_id AS OrganisationId, contract_id AS ContractId, party_id AS PartyId FROM organisation_parties WHERE organisation_id = @organisationId ORDER BY contract_id, party_id",
            new { organisationId },
            cancellationToken).ConfigureAwait(false);
    }

    private static Task<Organisation?> FindAsync(LedgerTransaction transaction, string id, CancellationToken cancellationToken) =>
        transaction.QuerySingleOrDefaultAsync<Organisation>($"SELECT {Columns} FROM organisations WHERE id = @id", new { id }, cancellationToken);
}
