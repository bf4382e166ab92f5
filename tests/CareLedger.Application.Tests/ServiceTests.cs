using CareLedger.Application.Actuals;
using CareLedger.Application.Budgets;
using CareLedger.Application.Contracts;
using CareLedger.Application.Explaining;
using CareLedger.Application.Settlement;
using CareLedger.Application.Templates;
using CareLedger.Domain.Settlement;

namespace CareLedger.Application.Tests;

/// <summary>Each use case takes text or typed input and returns its value or every problem, never throwing for bad input.</summary>
public sealed class ServiceTests
{
    private const string Name = "mid-notts-alliance";

    [Fact]
    public void A_contract_that_cannot_be_read_returns_its_errors_with_their_lines()
    {
        var result = new ContractService().Open(new SourceText("broken.yaml", "contract:\n  id: [unclosed\n"));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.IsError && diagnostic.Location.File == "broken.yaml" && diagnostic.Location.Line > 0);
    }

    [Fact]
    public void A_contract_whose_framework_weights_do_not_add_up_does_not_open_and_says_why()
    {
        // The Mid-Nottinghamshire framework as published: indicators total 99% and end of life 16% against 17%.
        var result = new ContractService().Open(TemplateCases.ContractText("mid-notts-alliance-as-published"));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Code == "CL203");
        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Code == "CL201");
    }

    [Fact]
    public void Errors_about_year_end_terms_only_stop_a_settlement_too()
    {
        var result = new SettlementService().Settle(new SettlementRequest(
            TemplateCases.ContractText("mid-notts-alliance-as-published"),
            [TemplateCases.ActualsText("mid-notts-alliance-as-published")],
            "2016/17"));

        Assert.Null(result.Value);
        Assert.Null(result.Problem);
        Assert.Equal(["CL201", "CL203"], result.Diagnostics.Select(diagnostic => diagnostic.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_shipped_mid_notts_contract_opens_without_a_finding()
    {
        var result = new ContractService().Open(TemplateCases.ContractText(Name));

        Assert.True(result.Succeeded);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_year_outside_the_term_is_a_request_problem_naming_the_years()
    {
        var result = new BudgetService().Compute(TemplateCases.Contract(Name), "2030/31");

        Assert.Equal("year", result.Problem?.Field);
        Assert.Contains("2016/17", result.Problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_the_contract_does_not_have_is_a_request_problem_and_nothing_is_settled()
    {
        var result = new SettlementService().Settle(new SettlementRequest(TemplateCases.ContractText(Name), [TemplateCases.ActualsText(Name)], "2016/17-M13"));

        Assert.Null(result.Value);
        Assert.Equal("period", result.Problem?.Field);
    }

    [Fact]
    public void Actuals_with_one_bad_row_load_nothing_and_say_where_the_row_is()
    {
        var actuals = TemplateCases.Template(Name).ActualsYaml.Replace("provider: sherwood-forest", "provider: sherwood-forrest", StringComparison.Ordinal);

        var result = new ActualsService().Load(TemplateCases.Contract(Name), [new SourceText("bad.yaml", actuals)]);

        Assert.Null(result.Value);
        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.IsError && diagnostic.Location.File == "bad.yaml" && diagnostic.Location.Line > 0);
    }

    [Fact]
    public void A_party_with_no_lines_of_an_element_is_a_request_problem_not_an_empty_explanation()
    {
        var settlement = new SettlementService().Settle(TemplateCases.Contract(Name), TemplateCases.Actuals(Name), "2016/17-M01").Value!;
        var provider = settlement.Statements.First(statement => statement.Party.IsPayable).Party;

        var result = new ExplanationService().Explain(settlement, provider.Id, StatementElement.RiskShare);

        Assert.Equal("element", result.Problem?.Field);
    }

    [Fact]
    public void A_template_renders_its_contract_and_its_actuals_under_their_file_names()
    {
        var templates = new TemplateService();

        Assert.Equal(Name + ".yaml", templates.Render(Name).Value!.Name);
        Assert.Equal(Name + ".actuals.yaml", templates.Render(Name, actuals: true).Value!.Name);
        Assert.Equal("template", templates.Render("mid-nots").Problem?.Field);
    }
}
