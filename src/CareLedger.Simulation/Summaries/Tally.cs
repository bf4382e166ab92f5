namespace CareLedger.Simulation.Summaries;

/// <summary>
/// A streaming summary of one money figure over runs (minor units), whose memory does not grow with the runs: the
/// count, the exact sum and sum of squares (128-bit integers), the least and greatest value, and a histogram of
/// <see cref="Bins"/> equal bins over a range fixed from the pilot runs (values outside it are counted below or above
/// and placed between the range and the least or greatest value). Every part is an integer count or sum, so tallies
/// merged in any order — one per thread — give the same figures: results do not depend on the number of threads.
/// Percentiles are read from the histogram, interpolated within a bin: accurate to a bin's width (the pilot range ÷
/// 2,048).
/// </summary>
internal sealed class Tally
{
    public const int Bins = 2048;
    private readonly long[] _bins = new long[Bins];
    private long _below;
    private long _above;

    public Tally(long low, long high)
    {
        Low = low;
        High = Math.Max(high, low + Bins);
        _narrow = (Int128)High - Low < ((Int128)1 << 51);
    }

    private readonly bool _narrow;

    public long Low { get; }

    public long High { get; }

    public long Count { get; private set; }

    public Int128 Sum { get; private set; }

    public Int128 SumOfSquares { get; private set; }

    public long Min { get; private set; } = long.MaxValue;

    public long Max { get; private set; } = long.MinValue;

    public void Add(long value)
    {
        Count++;
        Sum += value;
        SumOfSquares += Math.BigMul(value, value);
        Min = Math.Min(Min, value);
        Max = Math.Max(Max, value);
        if (value < Low)
        {
            _below++;
        }
        else if (value >= High)
        {
            _above++;
        }
        else
        {
            // The same bin either way; 64-bit division when (value − low) × bins cannot overflow, which is every real range.
            var offset = value - Low;
            _bins[_narrow ? (int)(offset * Bins / (High - Low)) : (int)((Int128)offset * Bins / (High - Low))]++;
        }
    }

    public void Merge(Tally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Count += other.Count;
        Sum += other.Sum;
        SumOfSquares += other.SumOfSquares;
        Min = Math.Min(Min, other.Min);
        Max = Math.Max(Max, other.Max);
        _below += other._below;
        _above += other._above;
        for (var i = 0; i < Bins; i++)
        {
            _bins[i] += other._bins[i];
        }
    }

    public Tally Empty() => new(Low, High);

    /// <summary>The value below which a share <paramref name="p"/> of runs fall, in minor units (interpolated, so fractional).</summary>
    /// <remarks>
    /// Read from the bins, then held between the least and greatest value seen, which are exact: a figure that never
    /// varies has every percentile exactly its value, not a point somewhere in its bin.
    /// </remarks>
    public double Percentile(double p) => Min == Max ? Min : Math.Clamp(FromBins(p), Min, Max);

    private double FromBins(double p)
    {
        var rank = p * Count;
        if (rank <= _below)
        {
            return _below == 0 ? Low : Min + ((Low - (double)Min) * rank / _below);
        }

        var seen = (double)_below;
        var width = (High - Low) / (double)Bins;
        for (var i = 0; i < Bins; i++)
        {
            if (_bins[i] > 0 && seen + _bins[i] >= rank)
            {
                return Low + (width * (i + ((rank - seen) / _bins[i])));
            }

            seen += _bins[i];
        }

        return _above == 0 ? High : High + ((Max - (double)High) * (rank - seen) / _above);
    }

    /// <summary>
    /// The runs in <paramref name="bars"/> equal bars from the least to the greatest value (one bar when every run
    /// gave the same value): each of the 2,048 bins' runs counted in the bar holding the bin's middle, runs below or
    /// above the range in the first or last bar. Edges in minor units.
    /// </summary>
    public (long[] Edges, long[] Counts) Histogram(int bars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bars, 1);
        if (Count == 0 || Min == Max)
        {
            return (Count == 0 ? [0, 0] : [Min, Max], [Count]);
        }

        var edges = new long[bars + 1];
        for (var i = 0; i <= bars; i++)
        {
            edges[i] = (long)(Min + ((Int128)(Max - Min) * i / bars));
        }

        var counts = new long[bars];
        counts[0] += _below;
        counts[bars - 1] += _above;
        var width = (High - Low) / (double)Bins;
        for (var i = 0; i < Bins; i++)
        {
            if (_bins[i] == 0)
            {
                continue;
            }

            var middle = Math.Clamp(Low + (width * (i + 0.5)), Min, Max);
            var bar = (int)Math.Min(bars - 1, (middle - Min) * bars / (Max - (double)Min));
            counts[bar] += _bins[i];
        }

        return (edges, counts);
    }

    /// <summary>The density near a value (runs per minor unit ÷ runs), from the bin holding it and its neighbours; 0 outside the range.</summary>
    public double DensityAt(double value)
    {
        if (value < Low || value >= High || Count == 0)
        {
            return 0;
        }

        var width = (High - Low) / (double)Bins;
        var bin = (int)((value - Low) / width);
        var from = Math.Max(0, bin - 2);
        var to = Math.Min(Bins - 1, bin + 2);
        long inWindow = 0;
        for (var i = from; i <= to; i++)
        {
            inWindow += _bins[i];
        }

        return inWindow / (Count * width * (to - from + 1));
    }
}
