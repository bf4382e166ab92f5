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
        // a, b, divisor and the estimate are all below 2^63, so every 128-bit product and difference fits with room
        // to spare: unchecked here is exact, and avoids the checked-arithmetic path in the splitter's inner loop.
        var product = Math.BigMul(a, b);
        var quotient = (long)((double)a * b / divisor);
        var remainder = unchecked(product - Math.BigMul(quotient, divisor));
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
