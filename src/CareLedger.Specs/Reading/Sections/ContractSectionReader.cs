using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Reading.Sections;

/// <summary>
/// Reads <c>contract</c>: identity, model, currency, rounding and term. Read before every other section, because
/// the currency decides how amounts read and the term's calendar decides how year labels read.
/// </summary>
internal static class ContractSectionReader
{
    // The usual currencies first, so that where a typo is as close to several codes ("GBR") the likelier one is offered.
    private static readonly string[] CurrencyCodes =
        [.. new[] { Currency.Gbp, Currency.Eur, Currency.Usd }.Concat(Currency.All).Select(currency => currency.Code).Distinct()];

    private static readonly ScalarKind<Currency> CurrencyCode = new((text, _) =>
        Currency.TryParse(text.Trim(), out var currency)
            ? ParseOutcome<Currency>.Success(currency)
            : ParseOutcome<Currency>.Failure(DiagnosticCodes.BadChoice, NotACurrency(text.Trim())));

    public static ContractHeader Read(YamlMap root)
    {
        var map = root.Map("contract", required: true);
        if (map is null)
        {
            return new ContractHeader(default, string.Empty, ContractModel.Alliance, Currency.Gbp, RoundingRule.HalfUp, null, null);
        }

        var id = map.Required("id", Scalars.Id<Contract>()) ?? default;
        var name = map.Text("name", required: true) ?? string.Empty;
        var model = map.Required("model", Vocabularies.Model.Kind) ?? ContractModel.Alliance;
        var currency = map.ValueOr("currency", CurrencyCode, Currency.Gbp);
        map.Context.Currency = currency;
        var rounding = map.ValueOr("rounding", Vocabularies.Rounding.Kind, RoundingRule.HalfUp);
        var term = TermReader.Read(map);
        map.Complete();
        return new ContractHeader(id, name, model, currency, rounding, term, map);
    }

    private static string NotACurrency(string written)
    {
        var nearest = NameSuggester.Suggest(written, CurrencyCodes);
        return nearest is null
            ? $"'{written}' is not an active ISO 4217 currency code; write one such as GBP, EUR or USD."
            : $"'{written}' is not an active ISO 4217 currency code; did you mean '{nearest}'?";
    }
}
