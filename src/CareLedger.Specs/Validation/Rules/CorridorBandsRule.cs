using CareLedger.Domain;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Validation.Bands;

namespace CareLedger.Specs.Validation.Rules;

/// <summary>
/// CL401 and CL402: a risk corridor's bands (actual cost as a percentage of target) follow on without overlap or
/// gap and include 100% — the target itself — so costs just above and just below target both land in a band.
/// </summary>
internal sealed class CorridorBandsRule : IContractRule
{
    public void Check(ContractValidationContext context)
    {
        foreach (var corridor in context.Contract.Corridors)
        {
            var prefix = $"the bands of {Subjects.Corridor(corridor)}: ";
            var spans = corridor.Bands.Select(band => new BandSpan(band, band.From.Value, band.To?.Value)).ToArray();
            foreach (var issue in BandContinuity.Check(spans, Show))
            {
                context.Error(context.Locate(issue.Band.Node, issue.Key, "from"), issue.Code, prefix + issue.Text + ".");
            }

            var coversTarget = spans.Any(span => span.From <= 100m && (span.To is null || span.To >= 100m));
            if (!coversTarget)
            {
                var covered = spans.Length == 0
                    ? "there are no bands"
                    : spans.Any(span => span.To is null)
                        ? $"they start at {Show(spans.Min(span => span.From))}"
                        : $"they run from {Show(spans.Min(span => span.From))} to {Show(spans.Max(span => span.To ?? span.From))}";
                context.Error(
                    context.Locate(corridor, "bands"),
                    DiagnosticCodes.BandsGap,
                    $"{prefix}{covered}, which does not include 100% of target; add or extend bands so that costs at and around target fall in one.");
            }
        }
    }

    private static string Show(decimal percent) => Percentage.FromPercent(percent).ToString();
}
