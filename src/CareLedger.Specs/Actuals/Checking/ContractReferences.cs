using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Periods;
using CareLedger.Domain.RiskReward;
using CareLedger.Domain.Scope;
using CareLedger.Domain.SharedSavings;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Actuals.Checking;

/// <summary>
/// The contract as the actuals checks see it: its calendar and currency, and the ids it defines. Each reference is
/// required; one the contract does not define, or a party or service line that cannot have actuals, is CL802 with
/// the nearest id suggested.
/// </summary>
internal sealed class ContractReferences
{
    private readonly Dictionary<Id<Indicator>, Indicator> _indicators = [];

    // Looked up for every row, so found by key; the first of an id written twice, as a search in order would find.
    private readonly Dictionary<Id<Party>, Party> _parties = [];
    private readonly Dictionary<Id<ServiceLine>, ServiceLine> _serviceLines = [];
    private readonly Dictionary<string, ContractPeriod> _periods = new(StringComparer.Ordinal);
    private readonly Dictionary<(Id<ServiceLine>, Id<Party>), VolumeMechanism[]> _volumeMechanisms = [];

    public ContractReferences(Contract contract)
    {
        Contract = contract;
        foreach (var indicator in contract.Frameworks.SelectMany(framework => framework.Indicators))
        {
            _indicators.TryAdd(indicator.Id, indicator);
        }

        foreach (var party in contract.Parties)
        {
            _parties.TryAdd(party.Id, party);
        }

        foreach (var line in contract.ServiceLines)
        {
            _serviceLines.TryAdd(line.Id, line);
        }
    }

    public Contract Contract { get; }

    public ContractCalendar Calendar => Contract.Term.Calendar;

    public Currency Currency => Contract.Currency;

    /// <summary>A period label read against the calendar; each label is worked out once, as rows repeat a few dozen labels.</summary>
    public bool TryParsePeriod(string label, out ContractPeriod? period, out string error)
    {
        if (_periods.TryGetValue(label, out period))
        {
            error = string.Empty;
            return true;
        }

        if (!Calendar.TryParse(label, out period, out error))
        {
            return false;
        }

        _periods[label] = period!;
        return true;
    }

    /// <summary>The contract's volume mechanisms covering a service line and provider, in the order the contract gives them.</summary>
    public IReadOnlyList<VolumeMechanism> VolumeMechanisms(Id<ServiceLine> line, Id<Party> provider)
    {
        if (!_volumeMechanisms.TryGetValue((line, provider), out var mechanisms))
        {
            mechanisms = [.. (Contract.Payment.Variable?.Mechanisms.OfType<VolumeMechanism>() ?? []).Where(mechanism => mechanism.Scope.Matches(line, provider))];
            _volumeMechanisms[(line, provider)] = mechanisms;
        }

        return mechanisms;
    }

    /// <summary>A party paid under the contract (a provider, prime or sub-contractor): who activity is reported for.</summary>
    public Id<Party>? Provider(RowFindings row, string field, Id<Party>? id)
    {
        if (FindParty(row, field, id) is not { } party)
        {
            return null;
        }

        if (!party.IsPayable)
        {
            row.Error(field, DiagnosticCodes.UndefinedReference, $"{row.Where(field)}: '{party.Id}' is {RoleWords(party)}, not a provider; activity is reported for the parties paid under the contract: {Payable()}.");
            return null;
        }

        return party.Id;
    }

    /// <summary>A party paid directly under the contract (not a sub-contractor, which is paid through its prime): whose cost a provider cost is.</summary>
    public Id<Party>? Payee(RowFindings row, string field, Id<Party>? id)
    {
        if (FindParty(row, field, id) is not { } party)
        {
            return null;
        }

        if (!party.IsPayable)
        {
            row.Error(field, DiagnosticCodes.UndefinedReference, $"{row.Where(field)}: '{party.Id}' is {RoleWords(party)}; a provider cost is reported for a prime or another party paid under the contract: {Payees()}.");
            return null;
        }

        if (party.Has(PartyRole.SubContractor) && party.Prime is { } prime)
        {
            row.Error(field, DiagnosticCodes.UndefinedReference, $"{row.Where(field)}: '{party.Id}' is a sub-contractor paid through '{prime}'; report the cost of delivering the contract for '{prime}'.");
            return null;
        }

        return party.Id;
    }

    /// <summary>An in-scope service line.</summary>
    public Id<ServiceLine>? ServiceLine(RowFindings row, string field, Id<ServiceLine>? id)
    {
        if (row.Required(field, id) is not { } written)
        {
            return null;
        }

        if (!_serviceLines.TryGetValue(written, out var line))
        {
            Undefined(row, field, written.Value, "a service line", Contract.ServiceLines.Select(candidate => candidate.Id.Value), "service lines");
            return null;
        }

        if (!line.InScope)
        {
            var inScope = string.Join(", ", Contract.ServiceLines.Where(candidate => candidate.InScope).Select(candidate => candidate.Id.Value));
            row.Error(field, DiagnosticCodes.UndefinedReference, $"{row.Where(field)}: service line '{written}' is out of scope (in_scope: false), so it has no actuals; the in-scope lines are {inScope}.");
            return null;
        }

        // The contract's own id: equal to the one written, and shared by every row that names it.
        return line.Id;
    }

    public Indicator? Indicator(RowFindings row, string field, Id<Indicator>? id)
    {
        if (row.Required(field, id) is not { } written)
        {
            return null;
        }

        if (_indicators.TryGetValue(written, out var indicator))
        {
            return indicator;
        }

        if (_indicators.Count == 0)
        {
            row.Error(field, DiagnosticCodes.UndefinedReference, $"{row.Where(field)}: '{written}' is not an indicator of this contract, which has no outcomes frameworks.");
        }
        else
        {
            Undefined(row, field, written.Value, "an indicator", _indicators.Keys.Select(candidate => candidate.Value), "indicators");
        }

        return null;
    }

    public RiskRewardItem? Item(RowFindings row, string field, Id<RiskRewardItem>? id)
    {
        if (row.Required(field, id) is not { } written)
        {
            return null;
        }

        var item = Contract.RiskReward.Items.FirstOrDefault(candidate => candidate.Id == written);
        if (item is null)
        {
            Undefined(row, field, written.Value, "a risk/reward item", Contract.RiskReward.Items.Select(candidate => candidate.Id.Value), "risk/reward items");
        }

        return item;
    }

    public SharedSavingsTerms? SharedSavings(RowFindings row, string field, Id<SharedSavingsTerms>? id)
    {
        if (row.Required(field, id) is not { } written)
        {
            return null;
        }

        var terms = Contract.SharedSavings.FirstOrDefault(candidate => candidate.Id == written);
        if (terms is null)
        {
            Undefined(row, field, written.Value, "shared-savings terms", Contract.SharedSavings.Select(candidate => candidate.Id.Value), "shared-savings terms");
        }

        return terms;
    }

    public RiskCorridorTerms? Corridor(RowFindings row, string field, Id<RiskCorridorTerms>? id)
    {
        if (row.Required(field, id) is not { } written)
        {
            return null;
        }

        var corridor = Contract.Corridors.FirstOrDefault(candidate => candidate.Id == written);
        if (corridor is null)
        {
            Undefined(row, field, written.Value, "a risk corridor", Contract.Corridors.Select(candidate => candidate.Id.Value), "risk corridors");
        }

        return corridor;
    }

    private Party? FindParty(RowFindings row, string field, Id<Party>? id)
    {
        if (row.Required(field, id) is not { } written)
        {
            return null;
        }

        if (_parties.TryGetValue(written, out var party))
        {
            return party;
        }

        Undefined(row, field, written.Value, "a party", Contract.Parties.Select(candidate => candidate.Id.Value), "parties");
        return null;
    }

    private static void Undefined(RowFindings row, string field, string written, string noun, IEnumerable<string> ids, string plural)
    {
        var candidates = ids.ToArray();
        var hint = candidates.Length == 0
            ? $"the contract defines no {plural}."
            : NameSuggester.SuggestOrList(written, candidates);
        row.Error(field, DiagnosticCodes.UndefinedReference, $"{row.Where(field)}: '{written}' is not {noun} of this contract; {hint}");
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
