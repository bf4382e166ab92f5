namespace CareLedger.Domain;

/// <summary>
/// Exact product division for 64-bit values. The product is formed exactly in 128 bits (a fast multiply); the
/// quotient is estimated in floating point and then corrected against the exact product, so the result is exact
/// and 128-bit division (slow, done in software) is needed only when the estimate is far off.
/// </summary>
internal readonly struct Int64Division : IProductDivision<long>
{
    public static (long Quotient, long Remainder) DivideProduct(long a, long b, long divisor)
    {
        var product = (Int128)a * b;
        var quotient = (long)((double)a * b / divisor);
        var remainder = product - ((Int128)quotient * divisor);
        if (remainder < 0 || remainder >= divisor)
        {
            // Estimate off by more than rounding: finish with exact division of the difference.
            var (correction, rest) = Int128.DivRem(remainder, divisor);
            if (rest < 0)
            {
                correction -= 1;
                rest += divisor;
            }

            quotient += (long)correction;
            remainder = rest;
        }

        return (quotient, (long)remainder);
    }
}
