using System.Numerics;

namespace CareLedger.Domain;

/// <summary>Exact floor(a × b ÷ divisor) and its remainder, for non-negative a and b and a positive divisor.</summary>
internal interface IProductDivision<T>
    where T : IBinaryInteger<T>
{
    static abstract (T Quotient, T Remainder) DivideProduct(T a, T b, T divisor);
}
