using System.Numerics;

namespace CareLedger.Domain;

/// <summary>
/// The largest-remainder split on whole minor units, written once for any integer type: <see cref="long"/>-sized
/// work uses <see cref="Int128"/> (fast, for budgets with thousands of cells), exact fractions use
/// <see cref="BigInteger"/>. The rule itself is documented on <see cref="Apportionment"/>.
/// </summary>
internal static class LargestRemainder
{
    /// <summary>Splits a non-negative <paramref name="total"/> by non-negative weights (not all zero) into <paramref name="parts"/>.</summary>
    public static void Split<T>(T total, ReadOnlySpan<T> weights, Span<T> parts)
        where T : IBinaryInteger<T>
    {
        var weightSum = T.Zero;
        foreach (var weight in weights)
        {
            weightSum += weight;
        }

        var remainders = new T[weights.Length];
        var handedOut = T.Zero;
        for (var i = 0; i < weights.Length; i++)
        {
            (parts[i], remainders[i]) = T.DivRem(total * weights[i], weightSum);
            handedOut += parts[i];
        }

        var leftover = int.CreateChecked(total - handedOut);
        if (leftover == 0)
        {
            return;
        }

        // The pennies go to the largest remainders; among equal remainders, to the earliest parts. Find the
        // remainder of the last part to get a penny (the threshold) by selection rather than a full sort, since
        // budgets split thousands of cells many times over.
        var threshold = KthLargest(remainders, leftover);
        var above = 0;
        for (var i = 0; i < remainders.Length; i++)
        {
            if (remainders[i] > threshold)
            {
                parts[i] += T.One;
                above++;
            }
        }

        var atThreshold = leftover - above;
        for (var i = 0; i < remainders.Length && atThreshold > 0; i++)
        {
            if (remainders[i] == threshold && !weights[i].Equals(T.Zero))
            {
                parts[i] += T.One;
                atThreshold--;
            }
        }
    }

    private static T KthLargest<T>(T[] values, int k)
        where T : IBinaryInteger<T>
    {
        var work = (T[])values.Clone();
        var target = work.Length - k;
        var low = 0;
        var high = work.Length - 1;
        while (low < high)
        {
            var pivot = work[low + ((high - low) / 2)];
            var i = low;
            var j = high;
            while (i <= j)
            {
                while (work[i] < pivot)
                {
                    i++;
                }

                while (work[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (work[i], work[j]) = (work[j], work[i]);
                    i++;
                    j--;
                }
            }

            if (target <= j)
            {
                high = j;
            }
            else if (target >= i)
            {
                low = i;
            }
            else
            {
                break;
            }
        }

        return work[target];
    }
}
