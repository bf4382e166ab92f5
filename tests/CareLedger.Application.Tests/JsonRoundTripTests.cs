using CareLedger.Application.Budgets;
using CareLedger.Application.Documents;
using CareLedger.Application.Explaining;
using CareLedger.Application.Json;
using CareLedger.Application.Settlement;

namespace CareLedger.Application.Tests;

/// <summary>
/// Every template's budget, settlements and explanations written as JSON and read back: the documents are equal
/// (value equality all the way down: amounts, rates, shares, ids, every explanation input and step) and writing
/// them again gives the same text.
/// </summary>
public sealed class JsonRoundTripTests
{
    [Theory]
    [MemberData(nameof(TemplateCases.Names), MemberType = typeof(TemplateCases))]
    public void A_budget_reads_back_equal(string name)
    {
        var report = new BudgetService().Compute(TemplateCases.Contract(name)).Value!;

        AssertRoundTrips(BudgetDocument.Of(report));
    }

    [Theory]
    [MemberData(nameof(TemplateCases.Names), MemberType = typeof(TemplateCases))]
    public void A_settlement_of_the_year_its_first_quarter_and_month_reads_back_equal(string name)
    {
        foreach (var period in TemplateCases.Periods(name))
        {
            var settlement = new SettlementService().Settle(new SettlementRequest(TemplateCases.ContractText(name), [TemplateCases.ActualsText(name)], period)).Value!;

            AssertRoundTrips(SettlementDocument.Of(settlement));
        }
    }

    [Theory]
    [MemberData(nameof(TemplateCases.Names), MemberType = typeof(TemplateCases))]
    public void Every_partys_explanations_for_the_year_read_back_equal(string name)
    {
        var settlement = new SettlementService().Settle(TemplateCases.Contract(name), TemplateCases.Actuals(name), TemplateCases.Template(name).ActualsYear).Value!;
        foreach (var statement in settlement.Statements)
        {
            var explained = new ExplanationService().Explain(settlement, statement.Party.Id).Value!;

            AssertRoundTrips(ExplanationDocument.Of(explained));
        }
    }

    [Theory]
    [MemberData(nameof(TemplateCases.Names), MemberType = typeof(TemplateCases))]
    public void A_contracts_findings_read_back_equal(string name)
    {
        var loaded = new Contracts.ContractService().Check(TemplateCases.ContractText(name));

        AssertRoundTrips(ValidationDocument.Of(name + ".yaml", loaded.Diagnostics));
    }

    private static void AssertRoundTrips<T>(T document)
    {
        var json = CareLedgerJson.Write(document);
        var read = CareLedgerJson.Read<T>(json);

        Assert.Equal(document, read);
        Assert.Equal(json, CareLedgerJson.Write(read));
    }
}
