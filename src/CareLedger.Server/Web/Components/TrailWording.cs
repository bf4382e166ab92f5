namespace CareLedger.Server.Web.Components;

/// <summary>
/// How pages show who did something and when: the ledger records <c>user:someone@example</c> and UTC times to the
/// microsecond; a reader wants the person, and the day and minute with its zone.
/// </summary>
public static class TrailWording
{
    private const string UserPrefix = "user:";

    public static string Who(string actor) =>
        actor is not null && actor.StartsWith(UserPrefix, StringComparison.Ordinal) ? actor[UserPrefix.Length..] : actor ?? string.Empty;

    public static string When(string at) => at is { Length: >= 16 } ? $"{at[..10]} {at[11..16]} UTC" : at ?? string.Empty;
}
