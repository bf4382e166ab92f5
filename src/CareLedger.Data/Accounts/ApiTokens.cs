using CareLedger.Data.Audit;
using CareLedger.Data.Storage;

namespace CareLedger.Data.Accounts;

/// <summary>API tokens for scripts: created, listed, revoked (each audited), and resolved to their user on each request.</summary>
public sealed class ApiTokens(LedgerDatabase database, AuditTrail audit, TimeProvider clock)
{
    private const string Columns = "id AS Id, user_id AS UserId, name AS Name, created_at AS CreatedAt, expires_at AS ExpiresAt, revoked_at AS RevokedAt";

    public async Task<AccountResult<CreatedApiToken>> CreateAsync(Actor actor, string userId, string name, DateTimeOffset? expires, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (AccountText.NameProblem("token", name) is { } problem)
        {
            return AccountResult<CreatedApiToken>.Invalid("name", problem);
        }

        var now = clock.GetUtcNow();
        if (expires is { } end && end <= now)
        {
            return AccountResult<CreatedApiToken>.Invalid("expires_at", "a token's expiry must be in the future.");
        }

        await using var transaction = await database.BeginAsync(cancellationToken).ConfigureAwait(false);
        if (await Users.FindAsync(transaction, userId, cancellationToken).ConfigureAwait(false) is null)
        {
            return AccountResult<CreatedApiToken>.NotFound("user", $"there is no user '{userId}'.");
        }

        var secret = ApiTokenSecret.Create();
        var token = new ApiToken("t_" + Guid.NewGuid().ToString("N")[..16], userId, name.Trim(), LedgerTime.Format(now), expires is { } at ? LedgerTime.Format(at) : null, null);
        await transaction.ExecuteAsync(
            "INSERT INTO api_tokens (id, user_id, name, token_hash, created_at, expires_at, revoked_at) VALUES (@Id, @UserId, @Name, @Hash, @CreatedAt, @ExpiresAt, NULL)",
            new { token.Id, token.UserId, token.Name, Hash = ApiTokenSecret.HashOf(secret), token.CreatedAt, token.ExpiresAt },
            cancellationToken).ConfigureAwait(false);
        await audit.AppendAsync(transaction, actor, new AuditChange("token.created", "api_token", token.Id, null, null, AuditState.Of(token)), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return AccountResult<CreatedApiToken>.Success(new CreatedApiToken(token, secret));
    }

    public async Task<IReadOnlyList<ApiToken>> ListAsync(string userId, CancellationToken cancellationToken = default)
    {
        return await LedgerReads.QueryAsync<ApiToken>(database, $"SELECT {Columns} FROM api_tokens WHERE user_id = @userId ORDER BY created_at, id", new { userId }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Revokes one of the user's tokens: it stops working at once, on every server.</summary>
    public async Task<AccountResult<ApiToken>> RevokeAsync(Actor actor, string userId, string tokenId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var transaction = await database.BeginAsync(cancellationToken).ConfigureAwait(false);
        var token = await transaction.QuerySingleOrDefaultAsync<ApiToken>(
            $"SELECT {Columns} FROM api_tokens WHERE id = @tokenId AND user_id = @userId", new { tokenId, userId }, cancellationToken).ConfigureAwait(false);
        if (token is null)
        {
            return AccountResult<ApiToken>.NotFound("token", $"there is no token '{tokenId}' for this user.");
        }

        if (token.RevokedAt is not null)
        {
            return AccountResult<ApiToken>.Success(token);
        }

        var revoked = token with { RevokedAt = LedgerTime.Format(clock.GetUtcNow()) };
        await transaction.ExecuteAsync("UPDATE api_tokens SET revoked_at = @RevokedAt WHERE id = @Id", revoked, cancellationToken).ConfigureAwait(false);
        await audit.AppendAsync(transaction, actor, new AuditChange("token.revoked", "api_token", token.Id, null, AuditState.Of(token), AuditState.Of(revoked)), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return AccountResult<ApiToken>.Success(revoked);
    }

    /// <summary>The enabled user a live token belongs to, or null for an unknown, revoked or expired token.</summary>
    public async Task<UserAccount?> AuthenticateAsync(string secret, CancellationToken cancellationToken = default)
    {
        if (!ApiTokenSecret.LooksLikeToken(secret))
        {
            return null;
        }

        var now = LedgerTime.Format(clock.GetUtcNow());
        var row = await LedgerReads.SingleAsync<UserRow>(
                database,
                "SELECT u.id AS Id, u.email AS Email, u.name AS Name, u.organisation_id AS OrganisationId, u.administrator AS Administrator, u.disabled AS Disabled, "
                + "u.security_stamp AS SecurityStamp, u.created_at AS CreatedAt FROM api_tokens t JOIN users u ON u.id = t.user_id "
                + "WHERE t.token_hash = @hash AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > @now) AND u.disabled = 0",
                new { hash = ApiTokenSecret.HashOf(secret), now },
                cancellationToken).ConfigureAwait(false);
        return row?.ToAccount();
    }
}
