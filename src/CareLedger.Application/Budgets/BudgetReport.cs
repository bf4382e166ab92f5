using CareLedger.Domain;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Scope;

namespace CareLedger.Application.Budgets;

/// <summary>A contract's budget plan and its allocation, for every year or the one asked for.</summary>
public sealed record BudgetReport(BudgetPlan Plan, IReadOnlyList<BudgetReportYear> Years)
{
    // Names are looked up once per printed row, so a scan of the contract's lists per lookup would make printing a
    // budget of n service lines cost n² (minutes at 10,000 lines). Built once; the first of a duplicated id wins,
    // as a scan would find it.
    private readonly Dictionary<Id<Party>, string> _partyNames = NamesOf(Plan.Contract.Parties, party => party.Id, party => party.Name);
    private readonly Dictionary<Id<ServiceLine>, string> _lineNames = NamesOf(Plan.Contract.ServiceLines, line => line.Id, line => line.Name);

    public Contract Contract => Plan.Contract;

    /// <summary>Every problem found while computing the plan and the shown years' allocations.</summary>
    public IEnumerable<BudgetIssue> Issues => Plan.Issues.Concat(Years.SelectMany(year => year.Allocation.Issues));

    public string NameOf(Id<Party> party) => _partyNames.TryGetValue(party, out var name) ? name : party.Value;

    public string NameOf(Id<ServiceLine> line) => _lineNames.TryGetValue(line, out var name) ? name : line.Value;

    private static Dictionary<Id<T>, string> NamesOf<T>(IEnumerable<T> items, Func<T, Id<T>> id, Func<T, string> name)
    {
        var names = new Dictionary<Id<T>, string>();
        foreach (var item in items)
        {
            names.TryAdd(id(item), name(item));
        }

        return names;
    }
}
