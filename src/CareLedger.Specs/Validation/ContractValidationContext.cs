using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading;

namespace CareLedger.Specs.Validation;

/// <summary>What a validation rule sees: the contract, where its parts were written, and where to report.</summary>
public sealed class ContractValidationContext
{
    private readonly Dictionary<Id<Party>, Party> _parties = [];
    private readonly string[] _yearLabels;

    public ContractValidationContext(Contract contract, SpecLocations locations, DiagnosticBag diagnostics)
    {
        Contract = contract;
        Locations = locations;
        Diagnostics = diagnostics;

        // The first party with an id wins, as it does for the rest of the product; a second one is a CL010.
        foreach (var party in contract.Parties)
        {
            _parties.TryAdd(party.Id, party);
        }

        _yearLabels = YearLabelsOf(contract.Term);
    }

    public Contract Contract { get; }

    public SpecLocations Locations { get; }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>How many contract years the term has (0 only for a term the reader has already rejected).</summary>
    public int YearCount => _yearLabels.Length;

    public void Error(object node, string key, string code, string message) =>
        Diagnostics.Error(Locations.Of(node, key), code, message);

    public void Error(object node, string code, string message) =>
        Diagnostics.Error(Locations.Of(node), code, message);

    public void Error(SourceLocation location, string code, string message) =>
        Diagnostics.Error(location, code, message);

    public void Warning(object node, string key, string code, string message) =>
        Diagnostics.Warning(Locations.Of(node, key), code, message);

    public void Warning(object node, string code, string message) =>
        Diagnostics.Warning(Locations.Of(node), code, message);

    public void Warning(SourceLocation location, string code, string message) =>
        Diagnostics.Warning(location, code, message);

    /// <summary>
    /// The most specific place recorded for a node: the first of <paramref name="keys"/> the reader recorded, else
    /// the node's own mapping. Keys missing because the reader supplied a default fall through to the next one.
    /// </summary>
    public SourceLocation Locate(object node, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (Locations.Has(node, key))
            {
                return Locations.Of(node, key);
            }
        }

        return Locations.Of(node);
    }

    /// <summary>
    /// As <see cref="Locate(object, string[])"/>, but when neither the node nor any of its keys was recorded (a
    /// record the reader made up from defaults) the place of the parent key that holds it.
    /// </summary>
    public SourceLocation LocateWithin(object node, object parent, string parentKey, params string[] keys)
    {
        var own = Locate(node, keys);
        return own.Line > 0 ? own : Locate(parent, parentKey);
    }

    public Party? FindParty(Id<Party> id) => _parties.GetValueOrDefault(id);

    public bool IsParty(Id<Party> id) => _parties.ContainsKey(id);

    /// <summary>Who is paid for a party's cells: its prime for a sub-contractor paid through one, otherwise itself.</summary>
    public Id<Party> PayeeOf(Id<Party> provider) =>
        FindParty(provider) is { } party && party.Has(PartyRole.SubContractor) && party.Prime is { } prime && IsParty(prime)
            ? prime
            : provider;

    /// <summary><c>'nuh' (Nottingham University Hospitals)</c>, or just <c>'nuh'</c> when there is no such party.</summary>
    public string PartyName(Id<Party> id) =>
        FindParty(id) is { } party ? Wording.Named(party.Id.Value, party.Name) : Wording.Quoted(id.Value);

    /// <summary>The label of a contract year by number (1 = first), e.g. <c>2016/17</c>.</summary>
    public string YearLabel(int number) =>
        number >= 1 && number <= _yearLabels.Length
            ? _yearLabels[number - 1]
            : "year " + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public IEnumerable<int> YearNumbers => Enumerable.Range(1, _yearLabels.Length);

    private static string[] YearLabelsOf(Term term)
    {
        // A term the reader could not make sense of has already been reported (CL601); rules then see no years.
        if (term.Months <= 0 || term.YearStartMonth is < 1 or > 12)
        {
            return [];
        }

        return term.Calendar.Years.Select(year => year.Label).ToArray();
    }
}
