namespace CareLedger.Domain.Scenarios;

/// <summary>
/// Correlations between a scenario's variables, for a Gaussian copula: the variables named, in order, and their
/// correlation matrix (row-major). The reader accepts only a valid matrix — square, symmetric, ones on the diagonal,
/// every entry in [−1, 1] and positive definite — and keeps its Cholesky factor, which the simulation uses to correlate
/// standard normal draws (z = L·ε).
/// </summary>
public sealed record CorrelationMatrix(IReadOnlyList<string> Variables, double[] Matrix, double[] Cholesky)
{
    public int Size => Variables.Count;

    public double this[int row, int column] => Matrix[(row * Size) + column];
}
