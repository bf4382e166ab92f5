using CareLedger.Data.Accounts;

namespace CareLedger.Server.Tests;

/// <summary>Password rules and hashing: salted PBKDF2 hashes that verify the password and nothing else.</summary>
public sealed class AccountPasswordsTests
{
    private static readonly UserAccount User = new("u_1", "fd@example.nhs.uk", "Finance director", "trust", false, false, "stamp", "2026-12-06T00:00:00.000000Z");

    [Fact]
    public void A_hash_verifies_its_password_only_and_never_contains_it()
    {
        var passwords = new AccountPasswords();

        var hash = passwords.Hash(User, "correct horse battery");
        var again = passwords.Hash(User, "correct horse battery");

        Assert.DoesNotContain("correct horse battery", hash, StringComparison.Ordinal);
        Assert.NotEqual(hash, again);
        Assert.True(passwords.Verify(User, hash, "correct horse battery", out _));
        Assert.False(passwords.Verify(User, hash, "correct horse battery ", out _));
        Assert.False(passwords.Verify(User, hash, new string('x', AccountPasswords.MaximumLength + 1), out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short-pass1")]
    public void A_password_under_twelve_characters_is_refused_with_what_to_do(string? password)
    {
        Assert.Contains("at least 12 characters", AccountPasswords.Problem(password), StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_enough_password_is_accepted()
    {
        Assert.Null(AccountPasswords.Problem("twelve chars"));
    }
}
