using CareLedger.Domain.Population;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Validation.Rules;

/// <summary>
/// CL204 and CL401: the population's age bands must not overlap and their sizes must add to the population size,
/// or weighted capitation and cost per head would count some people twice or not at all.
/// </summary>
internal sealed class AgeBandsRule : IContractRule
{
    public void Check(ContractValidationContext context)
    {
        if (context.Contract.Population is not { AgeBands.Count: > 0 } population)
        {
            return;
        }

        var total = population.AgeBands.Sum(band => (long)band.Size);
        if (total != population.Size)
        {
            var parts = string.Join(", ", population.AgeBands.Select(band => $"{band.Label}: {Wording.Number(band.Size)}"));
            context.Error(
                context.Locate(population, "age_bands"),
                DiagnosticCodes.SharesNotWhole,
                $"the population's age band sizes add to {Wording.Number(total)} ({parts}), not the population size {Wording.Number(population.Size)}; "
                + "correct a band's size or the population size so that every person is in exactly one band.");
        }

        // A band that ends before it starts is reported as such (CL403), not as overlapping its neighbours.
        var ordered = population.AgeBands.Where(band => band.To is null || band.To >= band.From).OrderBy(band => band.From).ToArray();
        for (var index = 1; index < ordered.Length; index++)
        {
            var previous = ordered[index - 1];
            var band = ordered[index];
            if (previous.To is null || band.From <= previous.To)
            {
                context.Error(
                    context.Locate(band, "from"),
                    DiagnosticCodes.BandsOverlap,
                    $"age band {band.Label} overlaps age band {previous.Label}; {Fix(previous)}.");
            }
        }
    }

    private static string Fix(AgeBand previous) =>
        previous.To is null
            ? $"only the oldest band can be open-ended: give {previous.Label} an upper age"
            : $"start it at {Wording.Number(previous.To.Value + 1)} or end the other band earlier";
}
