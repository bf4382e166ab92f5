using CareLedger.Domain;
using CareLedger.Domain.Budgets;
using CareLedger.Specs.Reading;
using CareLedger.Specs.Templates;

namespace CareLedger.Specs.Tests.Reading;

/// <summary>
/// A population file read in place of a contract's own <c>population</c> section (what <c>compare --population</c>
/// gives every contract): its growth reaches the contract's <c>rate: projection</c> adjustment, and its findings are at
/// its own lines, never a crash.
/// </summary>
public sealed class PopulationFileTests
{
    // Mid-Notts: 310,000 people, growth 0.5% a year, and a population-growth adjustment at that projection from 2017/18.
    private static readonly string MidNotts = TemplateCatalog.Find("mid-notts-alliance")!.Yaml;

    private static LoadedContract Load(string population) =>
        ContractLoader.Load(MidNotts, "mid-notts.yaml", new PopulationSource(population, "place.yaml"));

    [Fact]
    public void The_contracts_own_section_as_a_file_gives_the_same_budget_to_the_penny()
    {
        const string own = """
            population:
              description: Registered populations of Mansfield & Ashfield and Newark & Sherwood CCGs
              basis: registered-list
              size: 310000
              as_of: 2016-04
              growth_projection: 0.5%
            """;

        var replaced = Load(own);
        var original = ContractLoader.Load(MidNotts, "mid-notts.yaml");

        Assert.False(replaced.HasErrors, string.Join('\n', replaced.Diagnostics));
        Assert.Equal(
            BudgetEngine.Build(original.Contract!).Years.Select(year => year.WholePopulationBudget),
            BudgetEngine.Build(replaced.Contract!).Years.Select(year => year.WholePopulationBudget));
    }

    [Fact]
    public void The_files_growth_projection_is_the_rate_of_the_population_growth_adjustment()
    {
        var loaded = Load("population:\n  basis: registered-list\n  size: 250000\n  growth_projection: 2.5%\n");

        Assert.False(loaded.HasErrors, string.Join('\n', loaded.Diagnostics));
        Assert.Equal(250_000, loaded.Contract!.Population!.Size);
        var budget = BudgetEngine.Build(loaded.Contract);

        // From 2017/18 the budget grows by the file's 2.5%, not the contract's 0.5%: the step's exact change is 2.5% of
        // the cells it was computed on, and its rounded change within a penny a cell of that.
        var step = budget.Year("2017/18").Steps.Single(step => step.Name == "Registered population growth");
        Assert.Equal(Percentage.FromPercent(2.5m), step.Rate);
        Assert.Equal(step.Basis.Amount * 0.025m, step.Exact);
        Assert.InRange(step.Change.Amount - (step.Basis.Amount * 0.025m), -0.01m * step.CellChanges.Count, 0.01m * step.CellChanges.Count);
        Assert.DoesNotContain(budget.Year("2016/17").Steps, step => step.Name == "Registered population growth");
    }

    [Theory]
    [InlineData("", "place.yaml:1:1: error CL003: The population file is empty")]
    [InlineData("- one\n- two\n", "place.yaml:1:1: error CL004: A population file is a mapping with one section")]
    [InlineData("people: 3\n", "place.yaml:1:1: error CL003: A population file needs a population: section")]
    [InlineData("population:\n  basis: registered-list\n  size: -5\n  growth_projection: 1%\n", "place.yaml:3:9: error CL301: the population has a negative size of -5")]
    [InlineData("population:\n  basis: registered-list\n  sise: 300\n  size: 300\n  growth_projection: 1%\n", "place.yaml:3:3: error CL002: Unknown key 'sise' in population; did you mean 'size'?")]
    [InlineData("population:\n  basis: registered-list\n  size: 100\n  growth_projection: 1%\n  age_bands:\n    - { from: 0, size: 60 }\n", "place.yaml:")]
    [InlineData("population: [\n", "place.yaml:")]
    public void A_bad_population_file_is_located_in_that_file_and_stops_the_contract(string text, string expected)
    {
        var loaded = Load(text);

        Assert.False(loaded.CanComputeBudget);
        Assert.Contains(loaded.Errors, error => error.ToString().StartsWith(expected, StringComparison.Ordinal));
    }
}
