using CareLedger.Application;
using CareLedger.Specs.Validation.Texts;

namespace CareLedger.Data.Decisions;

/// <summary>
/// What a reason recorded with a decision may be: given, at most <see cref="MaxLength"/> characters (it is printed on
/// statements), and printable (no control or bidirectional characters), as for texts in a contract.
/// </summary>
internal static class RecordedReason
{
    public const int MaxLength = 2_000;

    /// <summary>The problem with <paramref name="reason"/>, or null; <paramref name="missing"/> says what to give when it is blank.</summary>
    public static RequestProblem? Problem(string? reason, string missing, string tooLong)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return new RequestProblem("reason", missing);
        }

        if (reason.Length > MaxLength)
        {
            return new RequestProblem("reason", tooLong);
        }

        return PrintableText.Problem(reason, PrintableText.Kind.Paragraph) is { } unprintable
            ? new RequestProblem("reason", $"The reason holds {unprintable}; remove it.")
            : null;
    }
}
