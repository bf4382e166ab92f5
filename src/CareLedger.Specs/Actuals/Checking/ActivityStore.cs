using System.Collections;
using System.Globalization;
using CareLedger.Domain;
using CareLedger.Domain.Actuals;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Scope;

namespace CareLedger.Specs.Actuals.Checking;

/// <summary>
/// Checked activity kept compactly, a few dozen bytes a row instead of a few hundred: periods, providers, service
/// lines and files are numbered once, prices and costs are kept only for the rows that give them, and a CSV row's
/// source is its file and row number (its place is <c>activity row N</c>, at the row's first column, as
/// <see cref="RowSource"/> names it). Each <see cref="ActivityActual"/> is made again, equal in every field, when
/// it is read; the figures are the decimals checked, unchanged.
/// </summary>
internal sealed class ActivityStore : IRecordStore<ActivityActual>
{
    private const string TableRow = "activity row ";

    // Source: its index among _sources; TableRowSource for "activity row N" of the row's file; NoSource for none.
    private const int TableRowSource = -1;
    private const int NoSource = -2;
    private const int NoAmounts = -1;

    private readonly Numbering<ContractPeriod> _periods = new(period => period.Label);
    private readonly Numbering<Id<Party>> _providers = new(id => id.Value);
    private readonly Numbering<Id<ServiceLine>> _lines = new(id => id.Value);
    private readonly Numbering<string> _files = new(file => file);
    private readonly List<Entry> _entries = [];
    private readonly List<(Money? UnitPrice, Money? PlannedCost, Money? ActualCost)> _amounts = [];
    private readonly List<SourceRef> _sources = [];

    public int Count => _entries.Count;

    public ActivityActual this[int index]
    {
        get
        {
            var entry = _entries[index];
            var (unitPrice, plannedCost, actualCost) = entry.Amounts == NoAmounts ? default : _amounts[entry.Amounts];
            var source = entry.Source switch
            {
                TableRowSource => new SourceRef(_files[entry.File], TableRow + entry.Row.ToString(CultureInfo.InvariantCulture), entry.Row, 1),
                NoSource => null,
                var at => _sources[at],
            };
            return new ActivityActual(
                _periods[entry.Period], _providers[entry.Provider], _lines[entry.Line], entry.Planned, entry.Actual, unitPrice, plannedCost, actualCost, source);
        }
    }

    public void Add(ActivityActual record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var amounts = NoAmounts;
        if (record.UnitPrice is not null || record.PlannedCost is not null || record.ActualCost is not null)
        {
            amounts = _amounts.Count;
            _amounts.Add((record.UnitPrice, record.PlannedCost, record.ActualCost));
        }

        var (source, file, row) = (NoSource, 0, 0);
        if (record.Source is { } cited)
        {
            if (IsTableRow(cited))
            {
                (source, file, row) = (TableRowSource, _files.Number(cited.File), cited.Line);
            }
            else
            {
                source = _sources.Count;
                _sources.Add(cited);
            }
        }

        _entries.Add(new Entry(
            record.PlannedActivity,
            record.ActualActivity,
            row,
            source,
            amounts,
            _periods.Number(record.Period),
            _providers.Number(record.Provider),
            _lines.Number(record.ServiceLine),
            file));
    }

    public IEnumerator<ActivityActual> GetEnumerator()
    {
        for (var index = 0; index < _entries.Count; index++)
        {
            yield return this[index];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // "activity row 12" at row 12, column 1: exactly what is made again when read, so nothing is lost by not keeping it.
    private static bool IsTableRow(SourceRef source)
    {
        if (source.Column != 1 || source.Line <= 0 || !source.Path.StartsWith(TableRow, StringComparison.Ordinal))
        {
            return false;
        }

        var digits = source.Path.AsSpan(TableRow.Length);
        return digits.Length > 0 && digits[0] != '0' && !digits.ContainsAnyExceptInRange('0', '9')
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row == source.Line;
    }

    private readonly record struct Entry(
        decimal Planned,
        decimal Actual,
        int Row,
        int Source,
        int Amounts,
        int Period,
        int Provider,
        int Line,
        int File);

    /// <summary>Values numbered in the order first seen, so a row holds a number instead of the value.</summary>
    private sealed class Numbering<T>(Func<T, string> keyOf)
    {
        private readonly List<T> _values = [];
        private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

        public T this[int number] => _values[number];

        public int Number(T value)
        {
            var key = keyOf(value);
            if (!_numbers.TryGetValue(key, out var number))
            {
                number = _values.Count;
                _values.Add(value);
                _numbers.Add(key, number);
            }

            return number;
        }
    }
}
