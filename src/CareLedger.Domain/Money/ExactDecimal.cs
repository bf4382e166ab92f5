using System.Numerics;

namespace CareLedger.Domain;

/// <summary>A decimal as an exact integer fraction (numerator over a power of ten), for arithmetic that must not lose a digit.</summary>
internal readonly struct ExactDecimal
{
    public ExactDecimal(decimal value)
    {
        var scale = value.Scale;
        // value × 10^scale is the decimal's own 96-bit mantissa, so it always fits.
        Numerator = new BigInteger(value * Pow10(scale));
        Denominator = BigInteger.Pow(10, scale);
    }

    public BigInteger Numerator { get; }

    public BigInteger Denominator { get; }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
