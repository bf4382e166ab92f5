using CareLedger.Domain.Contracts;
using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Allocation;

/// <summary>Works out how much of an outcome pot is at risk in each quarter of a year under the contract's phasing.</summary>
internal static class OutcomeExposurePlanner
{
    public static OutcomeExposure? Plan(Contract contract, ContractYear year, Money pot)
    {
        if (contract.Payment.Outcome is not { } terms)
        {
            return null;
        }

        var phase = terms.Phasing.For(year);
        var quarters = year.Quarters();
        var parts = Apportionment.ByWeights(pot, year.QuarterWeights.AsSpan());
        var exposures = quarters
            .Select((quarter, i) =>
            {
                var share = phase.AtRiskIn(quarter.Number);
                return new QuarterExposure(quarter, parts[i], share, (parts[i] * share).Round(contract.Rounding), phase.Applied);
            })
            .ToArray();
        return new OutcomeExposure(phase.Applied, exposures, phase.Source);
    }
}
