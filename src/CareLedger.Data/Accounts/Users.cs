using CareLedger.Data.Audit;
using CareLedger.Data.Storage;

namespace CareLedger.Data.Accounts;

/// <summary>
/// Users, their passwords and their roles per contract. Every change is audited in its transaction and renews the
/// user's security stamp where it changes what the user may do, so cookies issued before it stop working.
/// </summary>
public sealed class Users(LedgerDatabase database, AuditTrail audit, AccountPasswords passwords, TimeProvider clock)
{
    internal const string Columns =
        "id AS Id, email AS Email, name AS Name, organisation_id AS OrganisationId, administrator AS Administrator, disabled AS Disabled, "
        + "security_stamp AS SecurityStamp, created_at AS CreatedAt, password_hash AS PasswordHash";

    public async Task<AccountResult<UserAccount>> CreateAsync(Actor actor, NewUser request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var email = AccountText.NormaliseEmail(request.Email);
        if (AccountText.EmailProblem(email) is { } emailProblem)
        {
            return AccountResult<UserAccount>.Invalid("email", emailProblem);
        }

        if (AccountText.NameProblem("user", request.Name) is { } nameProblem)
        {
            return AccountResult<UserAccount>.Invalid("name", nameProblem);
        }

        if (request.Password is not null && AccountPasswords.Problem(request.Password) is { } passwordProblem)
        {
            return AccountResult<UserAccount>.Invalid("password", passwordProblem);
        }

        await using var transaction = await database.BeginAsync(cancellationToken).ConfigureAwait(false);
        var organisations = await transaction.QuerySingleOrDefaultAsync<long>(
            "SELECT COUNT(*) FROM organisations WHERE id = @OrganisationId", request, cancellationToken).ConfigureAwait(false);
        if (organisations == 0)
        {
            return AccountResult<UserAccount>.Invalid("organisation", $"there is no organisation '{request.OrganisationId}'; create it first.");
        }

        if (await FindByEmailAsync(transaction, email, cancellationToken).ConfigureAwait(false) is not null)
        {
            return AccountResult<UserAccount>.Conflict("email", $"there is already a user with the email {email}.");
        }

        var user = new UserAccount("u_" + Guid.NewGuid().ToString("N"), email, request.Name.Trim(), request.OrganisationId, request.Administrator, false, NewStamp(), LedgerTime.Format(clock.GetUtcNow()));
        var hash = request.Password is null ? null : passwords.Hash(user, request.Password);
        await transaction.ExecuteAsync(
            "INSERT INTO users (id, email, name, organisation_id, password_hash, administrator, disabled, security_stamp, created_at, created_by) "
            + "VALUES (@Id, @Email, @Name, @OrganisationId, @Hash, @Administrator, 0, @SecurityStamp, @CreatedAt, @By)",
            new { user.Id, user.Email, user.Name, user.OrganisationId, Hash = hash, Administrator = user.Administrator ? 1 : 0, user.SecurityStamp, user.CreatedAt, By = actor.Name },
            cancellationToken).ConfigureAwait(false);
        await audit.AppendAsync(transaction, actor, new AuditChange("user.created", "user", user.Id, null, null, AuditState.OfUser(user)), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return AccountResult<UserAccount>.Success(user);
    }

    public async Task<UserAccount?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var row = await LedgerReads.SingleAsync<UserRow>(database, $"SELECT {Columns} FROM users WHERE id = @id", new { id }, cancellationToken).ConfigureAwait(false);
        return row?.ToAccount();
    }

    /// <summary>The user with the email address (in any case), or null.</summary>
    public async Task<UserAccount?> FindByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        var row = await LedgerReads.SingleAsync<UserRow>(database, $"SELECT {Columns} FROM users WHERE email = @email", new { email = AccountText.NormaliseEmail(email) }, cancellationToken).ConfigureAwait(false);
        return row?.ToAccount();
    }

    /// <summary>A page of users in email order, after <paramref name="after"/> (an email, or null for the first page).</summary>
    public async Task<IReadOnlyList<UserAccount>> ListAsync(string? after, int limit, CancellationToken cancellationToken = default)
    {
        var rows = await LedgerReads.QueryAsync<UserRow>(
            database,
            $"SELECT {Columns} FROM users WHERE email > @after ORDER BY email LIMIT @limit",
            new { after = after ?? string.Empty, limit },
            cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(row => row.ToAccount())];
    }

    public async Task<AccountResult<UserAccount>> SetPasswordAsync(Actor actor, string userId, string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (AccountPasswords.Problem(password) is { } problem)
        {
            return AccountResult<UserAccount>.Invalid("password", problem);
        }

        return await ChangeAsync(actor, userId, "user.password.set", user => (user with { SecurityStamp = NewStamp() }, password), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Disables or re-enables a user. A disabled user's cookies and tokens stop working at their next request.</summary>
    public Task<AccountResult<UserAccount>> SetDisabledAsync(Actor actor, string userId, bool disabled, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, userId, disabled ? "user.disabled" : "user.enabled", user => (user with { Disabled = disabled, SecurityStamp = NewStamp() }, null), cancellationToken);

    public async Task<AccountResult<RoleGrant>> GrantRoleAsync(Actor actor, RoleGrant grant, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(grant);
        await using var transaction = await database.BeginAsync(cancellationToken).ConfigureAwait(false);
        if (await FindAsync(transaction, grant.UserId, cancellationToken).ConfigureAwait(false) is null)
        {
            return AccountResult<RoleGrant>.NotFound("user", $"there is no user '{grant.UserId}'.");
        }

        var contracts = await transaction.QuerySingleOrDefaultAsync<long>("SELECT COUNT(*) FROM contracts WHERE id = @ContractId", grant, cancellationToken).ConfigureAwait(false);
        if (contracts == 0)
        {
            return AccountResult<RoleGrant>.NotFound("contract_id", $"there is no contract '{grant.ContractId}'.");
        }

        var role = ContractRoles.Name(grant.Role);
        var held = await transaction.QuerySingleOrDefaultAsync<long>(
            "SELECT COUNT(*) FROM contract_roles WHERE user_id = @UserId AND contract_id = @ContractId AND role = @role",
            new { grant.UserId, grant.ContractId, role }, cancellationToken).ConfigureAwait(false);
        if (held == 0)
        {
            await transaction.ExecuteAsync(
                "INSERT INTO contract_roles (user_id, contract_id, role, created_at, created_by) VALUES (@UserId, @ContractId, @role, @At, @By)",
                new { grant.UserId, grant.ContractId, role, At = LedgerTime.Format(clock.GetUtcNow()), By = actor.Name },
                cancellationToken).ConfigureAwait(false);
            await audit.AppendAsync(transaction, actor, new AuditChange("user.role.granted", "user", grant.UserId, grant.ContractId, null, AuditState.Of(new { grant.ContractId, role })), cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return AccountResult<RoleGrant>.Success(grant);
    }

    public async Task<AccountResult<RoleGrant>> RevokeRoleAsync(Actor actor, RoleGrant grant, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(grant);
        var role = ContractRoles.Name(grant.Role);
        await using var transaction = await database.BeginAsync(cancellationToken).ConfigureAwait(false);
        var removed = await transaction.ExecuteAsync(
            "DELETE FROM contract_roles WHERE user_id = @UserId AND contract_id = @ContractId AND role = @role",
            new { grant.UserId, grant.ContractId, role }, cancellationToken).ConfigureAwait(false);
        if (removed == 0)
        {
            return AccountResult<RoleGrant>.NotFound("role", $"user {grant.UserId} does not hold {role} in {grant.ContractId}.");
        }

        await audit.AppendAsync(transaction, actor, new AuditChange("user.role.revoked", "user", grant.UserId, grant.ContractId, AuditState.Of(new { grant.ContractId, role }), null), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return AccountResult<RoleGrant>.Success(grant);
    }

    public async Task<IReadOnlyList<RoleGrant>> RolesAsync(string userId, CancellationToken cancellationToken = default)
    {
        var rows = await LedgerReads.QueryAsync<(string ContractId, string Role)>(
            database, "SELECT contract_id, role FROM contract_roles WHERE user_id = @userId ORDER BY contract_id, role", new { userId }, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(row => ContractRoles.TryParse(row.Role, out var role) ? new RoleGrant(userId, row.ContractId, role) : null).OfType<RoleGrant>()];
    }

    internal static Task<UserRow?> FindAsync(LedgerTransaction transaction, string id, CancellationToken cancellationToken) =>
        transaction.QuerySingleOrDefaultAsync<UserRow>($"SELECT {Columns} FROM users WHERE id = @id", new { id }, cancellationToken);

    internal static Task<UserRow?> FindByEmailAsync(LedgerTransaction transaction, string email, CancellationToken cancellationToken) =>
        transaction.QuerySingleOrDefaultAsync<UserRow>($"SELECT {Columns} FROM users WHERE email = @email", new { email }, cancellationToken);

    private static string NewStamp() => Guid.NewGuid().ToString("N");

    private async Task<AccountResult<UserAccount>> ChangeAsync(Actor actor, string userId, string action, Func<UserAccount, (UserAccount User, string? Password)> change, CancellationToken cancellationToken)
    {
        await using var transaction = await database.BeginAsync(cancellationToken).ConfigureAwait(false);
        if (await FindAsync(transaction, userId, cancellationToken).ConfigureAwait(false) is not { } row)
        {
            return AccountResult<UserAccount>.NotFound("user", $"there is no user '{userId}'.");
        }

        var before = row.ToAccount();
        var (after, password) = change(before);
        var hash = password is null ? row.PasswordHash : passwords.Hash(after, password);
        await transaction.ExecuteAsync(
            "UPDATE users SET disabled = @Disabled, security_stamp = @SecurityStamp, password_hash = @Hash WHERE id = @Id",
            new { Disabled = after.Disabled ? 1 : 0, after.SecurityStamp, Hash = hash, after.Id },
            cancellationToken).ConfigureAwait(false);
        await audit.AppendAsync(transaction, actor, new AuditChange(action, "user", userId, null, AuditState.OfUser(before), AuditState.OfUser(after)), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return AccountResult<UserAccount>.Success(after);
    }
}
