namespace CareLedger.Cli.Commands;

/// <summary>
/// The outcome of checking a command's settings before it runs: fine, or a usage problem with a message that says
/// what is wrong and how to fix it. Returned, not thrown, because a usage mistake is expected.
/// </summary>
internal readonly record struct SettingsCheck(string? Problem)
{
    public static SettingsCheck Ok => default;

    public bool IsOk => Problem is null;

    public static SettingsCheck Fail(string problem) => new(problem);
}
