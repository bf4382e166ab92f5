using CareLedger.Domain.Outcomes;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Validation.Rules;

/// <summary>
/// CL401: a banded indicator's bands are listed by ascending progress, each from a different point; otherwise the
/// "highest band reached" is ambiguous and two bands claim the same progress.
/// </summary>
internal sealed class ScoreBandsRule : IContractRule
{
    public void Check(ContractValidationContext context)
    {
        foreach (var framework in context.Contract.Frameworks)
        {
            foreach (var indicator in framework.Indicators)
            {
                if (indicator.Measure is not MetricMeasure { Scoring: BandedScoring banded })
                {
                    continue;
                }

                for (var index = 1; index < banded.Bands.Count; index++)
                {
                    var previous = banded.Bands[index - 1];
                    var band = banded.Bands[index];
                    if (band.ProgressFrom > previous.ProgressFrom)
                    {
                        continue;
                    }

                    var problem = band.ProgressFrom == previous.ProgressFrom
                        ? $"two bands start at {band.ProgressFrom} progress, so both claim it; remove one or move it"
                        : $"the band from {band.ProgressFrom} comes after the band from {previous.ProgressFrom}; list bands by ascending progress";
                    context.Error(
                        context.LocateWithin(band, indicator, "bands", "from"),
                        DiagnosticCodes.BandsOverlap,
                        $"{Subjects.Indicator(indicator)} in {Subjects.Framework(framework)}: {problem}.");
                }
            }
        }
    }
}
