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
    private static readonly ScalarKind<Currency> CurrencyCode = new((text, _) =>
        Currency.TryParse(text.Trim(), out var currency)
            ? ParseOutcome<Currency>.Success(currency)
            : ParseOutcome<Currency>.Failure(DiagnosticCodes.BadChoice, $"'{text.Trim()}' is not a currency; write an ISO code such as GBP, EUR or USD."));

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
}
