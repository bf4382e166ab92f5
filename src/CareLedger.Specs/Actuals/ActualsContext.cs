using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Parties;
using CareLedger.Domain.RiskReward;
using CareLedger.Domain.Scope;
using CareLedger.Domain.SharedSavings;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// What the section readers share while one actuals file is read: the contract the actuals are checked against,
/// where problems go, and the contract's currency and calendar (set on <see cref="Read"/>, so amounts and periods
/// read as the contract defines them). Its reads of references report CL802, with the nearest id, for an id the
/// contract does not define or a party or service line that cannot have actuals.
/// </summary>
internal sealed class ActualsContext
{
    private readonly Dictionary<Id<Indicator>, Indicator> _indicators = [];

    public ActualsContext(Contract contract, ReadContext read)
    {
        Contract = contract;
        Read = read;
        foreach (var indicator in contract.Frameworks.SelectMany(framework => framework.Indicators))
        {
            _indicators.TryAdd(indicator.Id, indicator);
        }
    }

    public Contract Contract { get; }

    /// <summary>The reading context of the file: its name, the diagnostics, the contract's currency and calendar.</summary>
    public ReadContext Read { get; }

    public string File => Read.File;

    public void Error(int line, int column, string code, string message) =>
        Read.Diagnostics.Error(new SourceLocation(File, line, column), code, message);

    /// <summary>A party paid under the contract (a provider, prime or sub-contractor): who activity is reported for.</summary>
    public Id<Party>? Provider(ActualsRecord record, string key)
    {
        if (ReadParty(record, key) is not { } party)
        {
            return null;
        }

        if (!party.IsPayable)
        {
            record.Error(key, DiagnosticCodes.UndefinedReference, $"{record.Where(key)}: '{party.Id}' is {RoleWords(party)}, not a provider; activity is reported for the parties paid under the contract: {Payable()}.");
            return null;
        }

        return party.Id;
    }

    /// <summary>A party paid directly under the contract (not a sub-contractor, which is paid through its prime): whose cost a provider cost is.</summary>
    public Id<Party>? Payee(ActualsRecord record, string key)
    {
        if (ReadParty(record, key) is not { } party)
        {
            return null;
        }

        if (!party.IsPayable)
        {
            record.Error(key, DiagnosticCodes.UndefinedReference, $"{record.Where(key)}: '{party.Id}' is {RoleWords(party)}; a provider cost is reported for a prime or another party paid under the contract: {Payees()}.");
            return null;
        }

        if (party.Has(PartyRole.SubContractor) && party.Prime is { } prime)
        {
            record.Error(key, DiagnosticCodes.UndefinedReference, $"{record.Where(key)}: '{party.Id}' is a sub-contractor paid through '{prime}'; report the cost of delivering the contract for '{prime}'.");
            return null;
        }

        return party.Id;
    }

    /// <summary>An in-scope service line.</summary>
    public Id<ServiceLine>? ServiceLine(ActualsRecord record, string key)
    {
        if (record.Read(key, Scalars.Id<ServiceLine>(), required: true) is not { } id)
        {
            return null;
        }

        var line = Contract.ServiceLines.FirstOrDefault(candidate => candidate.Id == id);
        if (line is null)
        {
            Undefined(record, key, id.Value, "a service line", Contract.ServiceLines.Select(candidate => candidate.Id.Value), "service lines");
            return null;
        }

        if (!line.InScope)
        {
            var inScope = string.Join(", ", Contract.ServiceLines.Where(candidate => candidate.InScope).Select(candidate => candidate.Id.Value));
            record.Error(key, DiagnosticCodes.UndefinedReference, $"{record.Where(key)}: service line '{id}' is out of scope (in_scope: false), so it has no actuals; the in-scope lines are {inScope}.");
            return null;
        }

        return id;
    }

    public Indicator? Indicator(ActualsRecord record, string key)
    {
        if (record.Read(key, Scalars.Id<Indicator>(), required: true) is not { } id)
        {
            return null;
        }

        if (_indicators.TryGetValue(id, out var indicator))
        {
            return indicator;
        }

        if (_indicators.Count == 0)
        {
            record.Error(key, DiagnosticCodes.UndefinedReference, $"{record.Where(key)}: '{id}' is not an indicator of this contract, which has no outcomes frameworks.");
        }
        else
        {
            Undefined(record, key, id.Value, "an indicator", _indicators.Keys.Select(candidate => candidate.Value), "indicators");
        }

        return null;
    }

    public RiskRewardItem? Item(ActualsRecord record, string key)
    {
        if (record.Read(key, Scalars.Id<RiskRewardItem>(), required: true) is not { } id)
        {
            return null;
        }

        return FindItem(record, key, id);
    }

    /// <summary>An item already read as an id: reports CL802 when the risk/reward account has no such item.</summary>
    public RiskRewardItem? FindItem(ActualsRecord record, string key, Id<RiskRewardItem> id)
    {
        var item = Contract.RiskReward.Items.FirstOrDefault(candidate => candidate.Id == id);
        if (item is null)
        {
            Undefined(record, key, id.Value, "a risk/reward item", Contract.RiskReward.Items.Select(candidate => candidate.Id.Value), "risk/reward items");
        }

        return item;
    }

    public SharedSavingsTerms? SharedSavings(ActualsRecord record, string key)
    {
        if (record.Read(key, Scalars.Id<SharedSavingsTerms>(), required: true) is not { } id)
        {
            return null;
        }

        var terms = Contract.SharedSavings.FirstOrDefault(candidate => candidate.Id == id);
        if (terms is null)
        {
            Undefined(record, key, id.Value, "shared-savings terms", Contract.SharedSavings.Select(candidate => candidate.Id.Value), "shared-savings terms");
        }

        return terms;
    }

    public RiskCorridorTerms? Corridor(ActualsRecord record, string key)
    {
        if (record.Read(key, Scalars.Id<RiskCorridorTerms>(), required: true) is not { } id)
        {
            return null;
        }

        var corridor = Contract.Corridors.FirstOrDefault(candidate => candidate.Id == id);
        if (corridor is null)
        {
            Undefined(record, key, id.Value, "a risk corridor", Contract.Corridors.Select(candidate => candidate.Id.Value), "risk corridors");
        }

        return corridor;
    }

    private Party? ReadParty(ActualsRecord record, string key)
    {
        if (record.Read(key, Scalars.Id<Party>(), required: true) is not { } id)
        {
            return null;
        }

        var party = Contract.Parties.FirstOrDefault(candidate => candidate.Id == id);
        if (party is null)
        {
            Undefined(record, key, id.Value, "a party", Contract.Parties.Select(candidate => candidate.Id.Value), "parties");
        }

        return party;
    }

    private static void Undefined(ActualsRecord record, string key, string written, string noun, IEnumerable<string> ids, string plural)
    {
        var candidates = ids.ToArray();
        var hint = candidates.Length == 0
            ? $"the contract defines no {plural}."
            : NameSuggester.SuggestOrList(written, candidates);
        record.Error(key, DiagnosticCodes.UndefinedReference, $"{record.Where(key)}: '{written}' is not {noun} of this contract; {hint}");
    }

    private static string RoleWords(Party party) =>
        party.Has(PartyRole.Commissioner) ? "a commissioner"
        : party.Has(PartyRole.LocalAuthority) ? "a local authority"
        : "a funder";

    private string Payable() =>
        string.Join(", ", Contract.Parties.Where(party => party.IsPayable).Select(party => party.Id.Value));

    private string Payees() =>
        string.Join(", ", Contract.Parties.Where(party => party.IsPayable && !party.Has(PartyRole.SubContractor)).Select(party => party.Id.Value));
}
