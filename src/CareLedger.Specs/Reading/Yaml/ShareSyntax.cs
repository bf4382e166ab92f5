using CareLedger.Domain;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Reading.Yaml;

/// <summary>Reads a share of a whole: a percentage (<c>25%</c>) or an exact fraction (<c>2/3</c>).</summary>
internal static class ShareSyntax
{
    public static ParseOutcome<Share> Parse(string text)
    {
        var trimmed = text.Trim();
        if (Share.TryParse(trimmed, out var share))
        {
            return ParseOutcome<Share>.Success(share);
        }

        if (DigitGroups.TryRead(trimmed, out var bare) == DigitGroups.Outcome.Read)
        {
            return ParseOutcome<Share>.Failure(
                DiagnosticCodes.WrongUnit,
                PercentageSyntax.NeedsUnit(trimmed, bare) + ", or a fraction such as 2/3");
        }

        if (PercentageSyntax.LooksLikeAmount(trimmed))
        {
            return ParseOutcome<Share>.Failure(DiagnosticCodes.WrongUnit, $"'{trimmed}' is an amount; a share such as 25% or 2/3 is needed here.");
        }

        return ParseOutcome<Share>.Failure(DiagnosticCodes.WrongType, $"'{trimmed}' is not a share; write it like 25% or 2/3.");
    }
}
