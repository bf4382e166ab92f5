namespace CareLedger.Domain.Budgets;

/// <summary>
/// One visible step in building a year's budget: what rule applied, to what base, at what rate, what it changed
/// in total and in each cell, and the total after it. Every figure is to the penny.
/// </summary>
public sealed class BudgetStep
{
    private readonly BudgetCellKey[] _keys;
    private readonly long[] _changes;
    private readonly Currency _currency;
    private IReadOnlyList<CellChange>? _cellChanges;

    internal BudgetStep(
        BudgetStepKind kind,
        string name,
        string rule,
        Money basis,
        Percentage? rate,
        decimal? exact,
        Money change,
        Money moved,
        Money totalAfter,
        BudgetCellKey[] keys,
        long[] changes,
        SourceRef? source)
    {
        Kind = kind;
        Name = name;
        Rule = rule;
        Basis = basis;
        Rate = rate;
        Exact = exact;
        Change = change;
        Moved = moved;
        TotalAfter = totalAfter;
        _keys = keys;
        _changes = changes;
        _currency = basis.Currency;
        Source = source;
    }

    public BudgetStepKind Kind { get; }

    public string Name { get; }

    /// <summary>The spec name of the rule: <c>growth</c>, <c>shift</c>, <c>vat</c>, <c>part-year</c>, <c>top-slice</c>…</summary>
    public string Rule { get; }

    /// <summary>The total of the cells the step was computed on.</summary>
    public Money Basis { get; }

    /// <summary>The rate applied, if the step is a rate.</summary>
    public Percentage? Rate { get; }

    /// <summary>The amount before rounding, where the step rounded one (rate × basis), in currency units.</summary>
    public decimal? Exact { get; }

    /// <summary>The change to the budget total (zero for a shift or unfunded VAT).</summary>
    public Money Change { get; }

    /// <summary>For a shift, the money moved; for unfunded VAT, the pressure; otherwise zero.</summary>
    public Money Moved { get; }

    public Money TotalAfter { get; }

    public SourceRef? Source { get; }

    /// <summary>The cells this step changed, with the change to each (built on first use: simulations rarely ask).</summary>
    public IReadOnlyList<CellChange> CellChanges => _cellChanges ??= BuildCellChanges();

    /// <summary>The change to one cell; zero if the step did not touch it.</summary>
    public Money ChangeTo(BudgetCellKey key)
    {
        var index = Array.IndexOf(_keys, key);
        return Money.FromMinorUnits(index >= 0 && index < _changes.Length ? _changes[index] : 0, _currency);
    }

    private CellChange[] BuildCellChanges()
    {
        var list = new List<CellChange>();
        for (var i = 0; i < _changes.Length; i++)
        {
            if (_changes[i] != 0)
            {
                list.Add(new CellChange(_keys[i], Money.FromMinorUnits(_changes[i], _currency)));
            }
        }

        return list.ToArray();
    }
}
