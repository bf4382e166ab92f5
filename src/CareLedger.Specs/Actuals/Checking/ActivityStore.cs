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
/// lines and files are numbered once; units written as whole numbers are kept as longs, and anything else (units
/// with decimals, prices, costs) beside the few rows that give it; a CSV row's source is its file and row number (its
/// place is <c>activity row N</c>, at the row's first column, as <see cref="RowSource"/> names it). Each
/// <see cref="ActivityActual"/> is made again, equal in every field, when it is read: the same decimals, to the
/// scale they were written with.
/// </summary>
internal sealed class ActivityStore : IRecordStore<ActivityActual>
{
    private const string TableRow = "activity row ";

    // Source: its index among _sources; TableRowSource for "activity row N" of the row's file; NoSource for none.
    private const int TableRowSource = -1;
    private const int NoSource = -2;
    private const int NotExceptional = -1;

    // Entries are kept in chunks of a fixed size, so a growing store never copies what it holds (a list doubling
    // would hold both copies at once).
    private const int ChunkSize = 1 << 14;

    private readonly Numbering<ContractPeriod> _periods = new(period => period.Label);
    private readonly Numbering<Id<Party>> _providers = new(id => id.Value);
    private readonly Numbering<Id<ServiceLine>> _lines = new(id => id.Value);
    private readonly Numbering<string> _files = new(file => file);
    private readonly List<Entry[]> _chunks = [];
    private readonly List<Exceptional> _exceptional = [];
    private readonly List<SourceRef> _sources = [];

    public int Count { get; private set; }

    public ActivityActual this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var entry = _chunks[index / ChunkSize][index % ChunkSize];
            var extra = entry.Exceptional == NotExceptional ? default : _exceptional[entry.Exceptional];
            var source = entry.Source switch
            {
                TableRowSource => new SourceRef(_files[entry.File], TableRow + entry.Row.ToString(CultureInfo.InvariantCulture), entry.Row, 1),
                NoSource => null,
                var at => _sources[at],
            };
            return new ActivityActual(
                _periods[entry.Period],
                _providers[entry.Provider],
                _lines[entry.Line],
                extra.Planned ?? entry.Planned,
                extra.Actual ?? entry.Actual,
                extra.UnitPrice,
                extra.PlannedCost,
                extra.ActualCost,
                source);
        }
    }

    public void Add(ActivityActual record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var (planned, plannedWhole) = Whole(record.PlannedActivity);
        var (actual, actualWhole) = Whole(record.ActualActivity);
        var exceptional = NotExceptional;
        if (!plannedWhole || !actualWhole || record.UnitPrice is not null || record.PlannedCost is not null || record.ActualCost is not null)
        {
            exceptional = _exceptional.Count;
            _exceptional.Add(new Exceptional(
                plannedWhole ? null : record.PlannedActivity, actualWhole ? null : record.ActualActivity, record.UnitPrice, record.PlannedCost, record.ActualCost));
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

        if (Count % ChunkSize == 0)
        {
            _chunks.Add(new Entry[ChunkSize]);
        }

        _chunks[^1][Count % ChunkSize] = new Entry(
            planned,
            actual,
            row,
            source,
            exceptional,
            _periods.Number(record.Period),
            _providers.Number(record.Provider),
            _lines.Number(record.ServiceLine),
            file);
        Count++;
    }

    // Units are usually whole numbers written without decimals: kept as a long, which gives back the same decimal
    // (scale 0). Anything else (a fraction, 12.0, a negative zero) is kept as written, beside the entry.
    private static (long Value, bool Kept) Whole(decimal units) =>
        units.Scale == 0 && units is >= long.MinValue and <= long.MaxValue && !(units == 0m && decimal.IsNegative(units))
            ? ((long)units, true)
            : (0, false);

    public IEnumerator<ActivityActual> GetEnumerator()
    {
        for (var index = 0; index < Count; index++)
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
        long Planned,
        long Actual,
        int Row,
        int Source,
        int Exceptional,
        int Period,
        int Provider,
        int Line,
        int File);

    /// <summary>What a row holds beyond whole units: units with decimals, a unit price, costs.</summary>
    private readonly record struct Exceptional(decimal? Planned, decimal? Actual, Money? UnitPrice, Money? PlannedCost, Money? ActualCost);

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
