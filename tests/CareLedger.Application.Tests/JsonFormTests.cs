using System.Text.Json;
using CareLedger.Application.Documents;
using CareLedger.Application.Json;
using CareLedger.Domain;
using CareLedger.Domain.Explaining;
using CareLedger.Domain.Settlement;

namespace CareLedger.Application.Tests;

/// <summary>The JSON form of values: exact strings, kinds named, currency stated once, documented in docs/json.md.</summary>
public sealed class JsonFormTests
{
    private static readonly Id<Domain.Parties.Party> Trust = Id<Domain.Parties.Party>.Of("trust");
    private static readonly Id<Domain.Parties.Party> Ccg = Id<Domain.Parties.Party>.Of("ccg");

    [Fact]
    public void An_explanation_holds_typed_values_never_a_formatted_amount_beside_the_figure()
    {
        var explanation = new ExplanationBuilder("instalments", "the year's amount in instalments")
            .Input("fixed for the year", new Money(39_762_666.66m, Currency.Gbp))
            .Input("rate", Percentage.FromPercent(1.8m))
            .Input("share", Share.FromFraction(2, 3))
            .Step("exact", 194_643.750000m)
            .Step("how", "words")
            .Result(new Money(39_762_666.66m, Currency.Gbp));

        var json = JsonSerializer.Serialize(explanation, CareLedgerJson.OptionsFor(Currency.Gbp));
        var inputs = JsonDocument.Parse(json).RootElement.GetProperty("inputs");
        var steps = JsonDocument.Parse(json).RootElement.GetProperty("steps");

        Assert.Equal("""{"kind":"money","amount":"39762666.66"}""", Compact(inputs[0].GetProperty("value")));
        Assert.Equal("""{"kind":"rate","rate":"1.8%"}""", Compact(inputs[1].GetProperty("value")));
        Assert.Equal("""{"kind":"share","share":"2/3"}""", Compact(inputs[2].GetProperty("value")));
        Assert.Equal("""{"kind":"number","number":"194643.750000"}""", Compact(steps[0].GetProperty("value")));
        Assert.Equal("""{"kind":"text","text":"words"}""", Compact(steps[1].GetProperty("value")));
        Assert.DoesNotContain("£", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Amounts_read_back_in_the_currency_the_document_states()
    {
        var document = Document(Currency.Parse("EUR"), new Money(-1250.5m, Currency.Parse("EUR")));

        var json = CareLedgerJson.Write(document);
        var read = CareLedgerJson.Read<SettlementDocument>(json);

        Assert.Contains("\"currency\": \"EUR\"", json, StringComparison.Ordinal);
        Assert.Contains("\"amount\": \"-1250.50\"", json, StringComparison.Ordinal);
        Assert.Equal(Currency.Parse("EUR"), read.Statements[0].Lines[0].Amount.Currency);
        Assert.Equal(document, read);
    }

    [Fact]
    public void An_amount_written_as_a_JSON_number_is_refused_rather_than_read_through_a_double()
    {
        var json = CareLedgerJson.Write(Document(Currency.Gbp, new Money(1m, Currency.Gbp))).Replace("\"amount\": \"1.00\"", "\"amount\": 1.00", StringComparison.Ordinal);

        var problem = Assert.Throws<JsonException>(() => CareLedgerJson.Read<SettlementDocument>(json));

        Assert.Contains("decimal such as", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_without_its_currency_is_refused()
    {
        Assert.Throws<JsonException>(() => CareLedgerJson.Read<SettlementDocument>("{\"contract\": \"x\"}"));
    }

    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element);

    private static SettlementDocument Document(Currency currency, Money amount)
    {
        var zero = Money.Zero(currency);
        return new SettlementDocument(
            Id<Domain.Contracts.Contract>.Of("contract"),
            "2016/17",
            currency,
            false,
            [],
            [new StatementDocument(Trust, "Trust", false, [new StatementLineDocument(StatementElement.Fixed, amount, Ccg, false, "paid")], amount, amount)],
            zero,
            zero,
            true,
            [new ReconciliationCheck("sums", true, "ok")],
            [new SettlementNote("note", new SourceRef("c.yaml", "payment.fixed", 3, 5))]);
    }
}
