using CareLedger.Data.Storage;

namespace CareLedger.Data.Accounts;

/// <summary>
/// Checks a password and records the attempt. Throttling counts attempts in the database, so it holds across every
/// server and restart: past the limits the password is not checked at all until the window has passed.
/// </summary>
public sealed class SignIns(LedgerDatabase database, AccountPasswords passwords, TimeProvider clock, SignInLimits? limits = null)
{
    // Verifying against a real-looking hash when the user is unknown takes as long as a real check, so response times
    // do not tell which email addresses have accounts.
    private static readonly UserAccount Nobody = new("nobody", "nobody@invalid", "nobody", "nobody", false, true, "x", "x");
    private readonly Lazy<string> _decoyHash = new(() => passwords.Hash(Nobody, Guid.NewGuid().ToString()));
    private readonly SignInLimits _limits = limits ?? SignInLimits.Default;

    public async Task<SignInResult> SignInAsync(string? email, string? password, string remoteAddress, CancellationToken cancellationToken = default)
    {
        var address = AccountText.NormaliseEmail(email);
        if (address.Length is 0 or > 254 || string.IsNullOrEmpty(password))
        {
            return SignInResult.Refused;
        }

        var now = clock.GetUtcNow();
        var retryAfter = await ThrottledForAsync(address, remoteAddress, now, cancellationToken).ConfigureAwait(false);
        if (retryAfter > TimeSpan.Zero)
        {
            return new SignInResult(SignInStatus.Throttled, null, retryAfter);
        }

        var row = await LedgerReads.SingleAsync<UserRow>(database, $"SELECT {Users.Columns} FROM users WHERE email = @address", new { address }, cancellationToken).ConfigureAwait(false);
        var user = row?.ToAccount();
        bool matches;
        if (user is not null && row?.PasswordHash is { } hash)
        {
            matches = passwords.Verify(user, hash, password, out _);
        }
        else
        {
            _ = passwords.Verify(Nobody, _decoyHash.Value, password, out _);
            matches = false;
        }

        var succeeded = matches && user is { Disabled: false };

        await using var transaction = await database.BeginAsync(cancellationToken).ConfigureAwait(false);
        await transaction.ExecuteAsync(
            "INSERT INTO sign_in_attempts (id, email, remote_address, at, succeeded) VALUES (@Id, @Email, @Remote, @At, @Succeeded)",
            new { Id = Guid.NewGuid().ToString("N"), Email = address, Remote = Truncate(remoteAddress), At = LedgerTime.Format(now), Succeeded = succeeded ? 1 : 0 },
            cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return succeeded ? new SignInResult(SignInStatus.SignedIn, user, TimeSpan.Zero) : SignInResult.Refused;
    }

    /// <summary>How long the email or the remote address must wait before its next attempt counts; zero when it may try now.</summary>
    private async Task<TimeSpan> ThrottledForAsync(string email, string remoteAddress, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var windowStart = LedgerTime.Format(now - _limits.Window);
        var lastSuccess = await LedgerReads.SingleAsync<string?>(
            database, "SELECT MAX(at) FROM sign_in_attempts WHERE email = @email AND succeeded = 1", new { email }, cancellationToken).ConfigureAwait(false);
        var since = lastSuccess is not null && string.CompareOrdinal(lastSuccess, windowStart) > 0 ? lastSuccess : windowStart;
        var byEmail = await LedgerReads.QueryAsync<string>(
            database,
            "SELECT at FROM sign_in_attempts WHERE email = @email AND succeeded = 0 AND at > @since ORDER BY at DESC LIMIT @limit",
            new { email, since, limit = _limits.FailuresPerEmail },
            cancellationToken).ConfigureAwait(false);
        var byAddress = await LedgerReads.QueryAsync<string>(
            database,
            "SELECT at FROM sign_in_attempts WHERE remote_address = @remote AND succeeded = 0 AND at > @windowStart ORDER BY at DESC LIMIT @limit",
            new { remote = Truncate(remoteAddress), windowStart, limit = _limits.FailuresPerAddress },
            cancellationToken).ConfigureAwait(false);

        // The oldest of the last N failures leaves the window first; from then on another attempt is allowed.
        var wait = TimeSpan.Zero;
        if (byEmail.Count >= _limits.FailuresPerEmail)
        {
            wait = Max(wait, LedgerTime.Parse(byEmail[^1]) + _limits.Window - now);
        }

        if (byAddress.Count >= _limits.FailuresPerAddress)
        {
            wait = Max(wait, LedgerTime.Parse(byAddress[^1]) + _limits.Window - now);
        }

        return wait;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static string Truncate(string text) => text.Length > 100 ? text[..100] : text;
}
