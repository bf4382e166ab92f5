using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Scope;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Scenarios;

/// <summary>Reads ids a scenario refers to and reports (CL802, with the nearest id) any the contract does not define.</summary>
internal sealed class ScenarioReferences(Contract contract, ReadContext context)
{
    public Contract Contract { get; } = contract;

    public Id<Party>? Party(YamlMap map, string key, bool required, bool mustBePayable)
    {
        var candidates = Contract.Parties.Where(party => !mustBePayable || party.IsPayable).Select(party => party.Id);
        return Defined(map, key, candidates, mustBePayable ? "provider" : "party", required);
    }

    public Id<ServiceLine>? ServiceLine(YamlMap map, string key) =>
        Defined(map, key, Contract.ServiceLines.Select(line => line.Id), "service line", required: false);

    public Indicator? Indicator(YamlMap map, string key)
    {
        var indicators = Contract.Frameworks.SelectMany(framework => framework.Indicators).GroupBy(indicator => indicator.Id).Select(group => group.First()).ToArray();
        var id = Defined(map, key, indicators.Select(indicator => indicator.Id), "indicator");
        return id is { } found ? indicators.First(indicator => indicator.Id == found) : null;
    }

    public Id<T>? Defined<T>(YamlMap map, string key, IEnumerable<Id<T>> defined, string what, bool required = true)
    {
        var id = required ? map.Required(key, Scalars.Id<T>()) : map.Optional(key, Scalars.Id<T>());
        if (id is not { } written)
        {
            return null;
        }

        var known = defined.Select(candidate => candidate.Value).ToArray();
        if (known.Contains(written.Value, StringComparer.Ordinal))
        {
            return written;
        }

        context.Error(map.Raw(key)!, DiagnosticCodes.UndefinedReference, known.Length == 0
            ? $"{map.PathOf(key)}: the contract defines no {what}, so '{written}' cannot vary."
            : $"{map.PathOf(key)}: the contract defines no {what} '{written}'; {NameSuggester.SuggestOrList(written.Value, known)}");
        return null;
    }
}
