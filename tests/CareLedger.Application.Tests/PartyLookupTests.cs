using CareLedger.Application.Parties;

namespace CareLedger.Application.Tests;

/// <summary>A party named by id or by name, in any case; a near miss gets a suggestion and the list of parties.</summary>
public sealed class PartyLookupTests
{
    private static readonly Domain.Contracts.Contract MidNotts = TemplateCases.Contract("mid-notts-alliance");

    [Theory]
    [InlineData("sherwood-forest")]
    [InlineData("Sherwood Forest Hospitals NHS Foundation Trust")]
    [InlineData("SHERWOOD FOREST HOSPITALS NHS FOUNDATION TRUST")]
    public void A_party_is_found_by_its_id_or_its_name(string written)
    {
        Assert.Equal("sherwood-forest", new PartyLookup().Find(MidNotts, written).Value?.Id.Value);
    }

    [Fact]
    public void A_misspelt_party_is_a_request_problem_that_suggests_the_nearest()
    {
        var problem = new PartyLookup().Find(MidNotts, "sherwood-forrest").Problem;

        Assert.Equal("party", problem?.Field);
        Assert.Contains("did you mean 'sherwood-forest'?", problem!.Message, StringComparison.Ordinal);
    }
}
