using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;

namespace CareLedger.Simulation.Model;

/// <summary>The contract's parties numbered in the order the contract lists them, so the kernel keeps its totals in flat arrays.</summary>
internal sealed class PartyIndex
{
    private readonly Dictionary<Id<Party>, int> _index;

    public PartyIndex(Contract contract)
    {
        Parties = contract.Parties;
        _index = contract.Parties.Select((party, i) => (party.Id, i)).ToDictionary(pair => pair.Id, pair => pair.i);
    }

    public IReadOnlyList<Party> Parties { get; }

    public int Count => Parties.Count;

    public int this[Id<Party> party] => _index[party];
}
