using System.Globalization;

namespace CareLedger.Specs.Scenarios;

/// <summary>
/// Whether a correlation matrix can drive a Gaussian copula: symmetric, ones on the diagonal, entries in [−1, 1] and
/// positive definite. Positive definiteness is tested the way the simulation uses the matrix, by computing its Cholesky
/// factor L (matrix = L·Lᵀ): a pivot at or below 1e-10 means some combination of the variables would need a negative
/// variance, so the matrix is refused with the variable where the factorisation failed.
/// </summary>
internal static class CorrelationCheck
{
    private const double Tolerance = 1e-9;
    private const double SmallestPivot = 1e-10;

    /// <summary>The lower-triangular Cholesky factor (row-major), or null and the reason the matrix is not valid.</summary>
    public static (double[]? Cholesky, string? Problem) Factor(double[] matrix, IReadOnlyList<string> names)
    {
        var n = names.Count;
        for (var i = 0; i < n; i++)
        {
            if (Math.Abs(matrix[(i * n) + i] - 1) > Tolerance)
            {
                return (null, $"the diagonal must be 1 (a variable is perfectly correlated with itself), but row {i + 1} ('{names[i]}') has {Show(matrix[(i * n) + i])}");
            }

            for (var j = 0; j < n; j++)
            {
                var value = matrix[(i * n) + j];
                if (value is < -1 - Tolerance or > 1 + Tolerance)
                {
                    return (null, $"a correlation lies between -1 and 1, but '{names[i]}' with '{names[j]}' is {Show(value)}");
                }

                if (Math.Abs(value - matrix[(j * n) + i]) > Tolerance)
                {
                    return (null, $"the matrix must be symmetric, but '{names[i]}' with '{names[j]}' is {Show(value)} and '{names[j]}' with '{names[i]}' is {Show(matrix[(j * n) + i])}");
                }
            }
        }

        var factor = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = matrix[(i * n) + j];
                for (var k = 0; k < j; k++)
                {
                    sum -= factor[(i * n) + k] * factor[(j * n) + k];
                }

                if (i == j)
                {
                    if (sum <= SmallestPivot)
                    {
                        return (null, $"it is not positive definite: the correlations of '{names[i]}' with the variables before it cannot all hold at once "
                            + "(no set of variables can be correlated like this); lower the strongest correlations or check their signs");
                    }

                    factor[(i * n) + i] = Math.Sqrt(sum);
                }
                else
                {
                    factor[(i * n) + j] = sum / factor[(j * n) + j];
                }
            }
        }

        return (factor, null);
    }

    private static string Show(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
