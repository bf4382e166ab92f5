using System.Numerics;

namespace CareLedger.Domain;

/// <summary>Exact product division for integers of any size.</summary>
internal readonly struct BigIntegerDivision : IProductDivision<BigInteger>
{
    public static (BigInteger Quotient, BigInteger Remainder) DivideProduct(BigInteger a, BigInteger b, BigInteger divisor) =>
        BigInteger.DivRem(a * b, divisor);
}
