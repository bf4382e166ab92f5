using System.Buffers;
using System.Numerics;

namespace CareLedger.Domain;

/// <summary>
/// The largest-remainder split on whole minor units, written once for any integer type. The division is a
/// strategy: budgets with thousands of cells use <see cref="Int64Division"/> (64-bit, exact, no 128-bit division
/// in the common case); exact fractions of any size use <see cref="BigIntegerDivision"/>. The rule itself is
/// documented on <see cref="Apportionment"/>.
/// </summary>
internal static class LargestRemainder
{
    /// <summary>Splits a non-negative <paramref name="total"/> by non-negative weights (not all zero) into <paramref name="parts"/>.</summary>
    public static void Split<T, TDivision>(T total, ReadOnlySpan<T> weights, T weightSum, Span<T> parts)
        where T : IBinaryInteger<T>
        where TDivision : IProductDivision<T>
    {
        // Scratch space comes from the shared pool: budgets call this for every step of every year.
        var rented = ArrayPool<T>.Shared.Rent(weights.Length * 2);
        try
        {
            SplitInto<T, TDivision>(total, weights, weightSum, parts, rented.AsSpan(0, weights.Length), rented.AsSpan(weights.Length, weights.Length));
        }
        finally
        {
            ArrayPool<T>.Shared.Return(rented);
        }
    }

    private static void SplitInto<T, TDivision>(T total, ReadOnlySpan<T> weights, T weightSum, Span<T> parts, Span<T> remainders, Span<T> scratch)
        where T : IBinaryInteger<T>
        where TDivision : IProductDivision<T>
    {
        var handedOut = T.Zero;
        for (var i = 0; i < weights.Length; i++)
        {
            (parts[i], remainders[i]) = TDivision.DivideProduct(total, weights[i], weightSum);
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
        remainders.CopyTo(scratch);
        var threshold = KthLargest(scratch, leftover);
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
            if (remainders[i] == threshold && weights[i] != T.Zero)
            {
                parts[i] += T.One;
                atThreshold--;
            }
        }
    }

    /// <summary>The k-th largest value (k from 1), by Hoare selection; reorders <paramref name="work"/>.</summary>
    private static T KthLargest<T>(Span<T> work, int k)
        where T : IBinaryInteger<T>
    {
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
