namespace CareLedger.Application.Inputs;

/// <summary>
/// The largest inputs CareLedger reads (docs/user-guide.md, "Limits"). A contract is a few hundred lines and an
/// actuals file a year of rows; files beyond these are refused before they are read, so a wrong file (a disk
/// image, a log, <c>/dev/zero</c>) can never exhaust memory.
/// </summary>
public static class InputLimits
{
    /// <summary>4 MiB: about forty times the largest template.</summary>
    public const long ContractBytes = 4L * 1024 * 1024;

    /// <summary>64 MiB: several hundred thousand rows of activity.</summary>
    public const long ActualsBytes = 64L * 1024 * 1024;

    /// <summary>The limit in words, for messages: "4 MiB".</summary>
    public static string Describe(long bytes) => $"{bytes / (1024 * 1024)} MiB";
}
