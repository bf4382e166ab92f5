using CareLedger.Domain;
using CareLedger.Domain.Settlement;

namespace CareLedger.Simulation.Results;

/// <summary>
/// A party's projected year (or term): what it is due under each element (negative: what it pays), its income (their
/// sum), its cost of delivery where the scenario gives one, and the surplus or deficit (income − cost). Exact money.
/// </summary>
public sealed record ProjectedYear(string Year, IReadOnlyDictionary<StatementElement, Money> Elements, Money Income, Money? Cost, Money? Surplus);
