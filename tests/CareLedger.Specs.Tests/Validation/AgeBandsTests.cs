using CareLedger.Domain.Population;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Tests.Validation.Builders;
using static CareLedger.TestSupport.ContractBuilder;

namespace CareLedger.Specs.Tests.Validation;

public class AgeBandsTests
{
    [Fact]
    public void Age_band_sizes_that_do_not_add_to_the_population_are_CL204_at_age_bands()
    {
        var contract = AValidContract()
            .WithPopulation(population => population with { AgeBands = [new AgeBand(0, 64, 81_000), new AgeBand(65, null, 18_000)] })
            .BuildWithLocations();

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.SharesNotWhole);

        Assert.Equal(contract.At(contract.Contract.Population!, "age_bands"), diagnostic.Location);
        Assert.Contains("age band sizes add to 99,000 (0-64: 81,000, 65+: 18,000), not the population size 100,000", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_age_bands_are_CL401_at_the_later_band()
    {
        var contract = AValidContract()
            .WithPopulation(population => population with { AgeBands = [new AgeBand(0, 65, 82_000), new AgeBand(65, null, 18_000)] })
            .BuildWithLocations();
        var later = contract.Contract.Population!.AgeBands[1];

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.BandsOverlap);

        Assert.Equal(contract.At(later, "from"), diagnostic.Location);
        Assert.Equal("age band 65+ overlaps age band 0-65; start it at 66 or end the other band earlier.", diagnostic.Message);
    }
}
