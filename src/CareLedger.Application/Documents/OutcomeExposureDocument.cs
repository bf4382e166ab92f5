using CareLedger.Domain;
using CareLedger.Domain.Allocation;

namespace CareLedger.Application.Documents;

/// <summary>How much of a provider's outcome pot is at risk in a year, quarter by quarter, and whether it is applied.</summary>
public sealed record OutcomeExposureDocument(bool Applied, string Description, ValueList<QuarterExposureDocument> Quarters)
{
    public static OutcomeExposureDocument Of(OutcomeExposure exposure)
    {
        ArgumentNullException.ThrowIfNull(exposure);
        return new(
            exposure.Applied,
            exposure.Describe(),
            exposure.Quarters.Select(quarter => new QuarterExposureDocument(quarter.Quarter.Label, quarter.Pot, quarter.AtRiskShare, quarter.AtRisk, quarter.Measured)).ToValueList());
    }
}
