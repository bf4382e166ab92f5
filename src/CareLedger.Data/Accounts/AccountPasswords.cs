using Microsoft.AspNetCore.Identity;

namespace CareLedger.Data.Accounts;

/// <summary>
/// Password rules and hashing, with ASP.NET Core's <see cref="PasswordHasher{TUser}"/> (PBKDF2 with a per-hash salt;
/// the hash records its own format, so a stronger default later still verifies old hashes and asks for a rehash).
/// </summary>
public sealed class AccountPasswords
{
    /// <summary>Long enough to resist guessing at the throttled rate; no composition rules (they make passwords worse).</summary>
    public const int MinimumLength = 12;

    /// <summary>Hashing cost grows with length; a bound keeps one request from burning a core.</summary>
    public const int MaximumLength = 256;

    private readonly PasswordHasher<UserAccount> _hasher = new();

    /// <summary>Why the password cannot be used, or null when it can.</summary>
    public static string? Problem(string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinimumLength)
        {
            return $"a password needs at least {MinimumLength} characters; a few words together make a good one.";
        }

        return password.Length > MaximumLength ? $"a password may have at most {MaximumLength} characters." : null;
    }

    public string Hash(UserAccount user, string password) => _hasher.HashPassword(user, password);

    /// <summary>Whether the password matches; <paramref name="rehash"/> is set when the hash should be renewed.</summary>
    public bool Verify(UserAccount user, string hash, string password, out bool rehash)
    {
        rehash = false;
        if (password.Length > MaximumLength)
        {
            return false;
        }

        var result = _hasher.VerifyHashedPassword(user, hash, password);
        rehash = result == PasswordVerificationResult.SuccessRehashNeeded;
        return result != PasswordVerificationResult.Failed;
    }
}
