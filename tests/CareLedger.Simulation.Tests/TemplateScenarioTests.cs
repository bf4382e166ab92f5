using CareLedger.Domain;
using CareLedger.Specs.Scenarios;
using CareLedger.Specs.Templates;

namespace CareLedger.Simulation.Tests;

/// <summary>Every shipped template has a scenario beside it that reads cleanly and projects over the whole term.</summary>
public sealed class TemplateScenarioTests
{
    public static TheoryData<string> Templates() => new(TemplateCatalog.All.Select(template => template.Name));

    [Theory]
    [MemberData(nameof(Templates))]
    public void The_template_scenario_reads_with_no_findings_at_all(string template)
    {
        var contract = TemplateFiles.Contract(template);
        var loaded = ScenarioLoader.Load(contract, TemplateFiles.Text(template + ".scenario.yaml"), template + ".scenario.yaml");

        Assert.Empty(loaded.Diagnostics.Select(diagnostic => diagnostic.ToString()));
        Assert.NotNull(loaded.Scenario);
        Assert.NotEmpty(loaded.Scenario.Variables);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void The_template_scenario_projects_every_year_with_money_conserved_and_each_costed_party_surplus_as_income_less_cost(string template)
    {
        var (contract, scenario) = TemplateFiles.Template(template);

        var projection = Projector.Project(contract, scenario);

        Assert.Equal(contract.Term.Calendar.Years.Select(year => year.Label), projection.Years);
        Assert.Contains(projection.Parties, party => party.Years.Any(year => !year.Income.IsZero));
        foreach (var year in Enumerable.Range(0, projection.Years.Count))
        {
            // Whatever one party is due, another pays: the parties' incomes sum to nothing every year.
            Assert.Equal(Money.Zero(contract.Currency), Money.Sum(projection.Parties.Select(party => party.Years[year].Income), contract.Currency));
        }

        var costed = projection.Parties.Where(party => party.Term.Cost is not null).ToArray();
        Assert.Equal(scenario.Costs.Select(cost => cost.Party.Value).Distinct().Order(), costed.Select(party => party.Party).Order());
        foreach (var year in costed.SelectMany(party => party.Years.Append(party.Term)))
        {
            Assert.Equal(year.Income - year.Cost!.Value, year.Surplus);
        }
    }
}
