namespace CareLedger.Analytics.Risk;

/// <summary>
/// L2-regularised (ridge) logistic regression fitted by Newton's method (iteratively reweighted least squares), written
/// here rather than taken from Microsoft.ML: the risk model has a handful of features, Newton's method converges in a
/// few steps to the same coefficients every time on every machine (no thread-dependent sums, no random restarts), the
/// fit is short enough to read and test, and it adds no native dependency. Floating point is right here: these are
/// statistics, never money.
/// </summary>
/// <remarks>The first feature must be the constant 1 (the intercept), which is not penalised.</remarks>
public sealed class LogisticRegression
{
    private const int MostSteps = 50;
    private const double Converged = 1e-9;

    private readonly double[] _beta;

    private LogisticRegression(double[] coefficients, int steps)
    {
        _beta = coefficients;
        Coefficients = coefficients;
        Steps = steps;
    }

    public IReadOnlyList<double> Coefficients { get; }

    /// <summary>How many Newton steps the fit took.</summary>
    public int Steps { get; }

    /// <param name="features">One row per person, the same length for all, the first value 1.</param>
    /// <param name="penalty">The ridge penalty λ on every coefficient but the intercept (0 for none).</param>
    public static LogisticRegression Fit(IReadOnlyList<double[]> features, IReadOnlyList<bool> outcomes, double penalty)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(outcomes);
        if (features.Count == 0 || features.Count != outcomes.Count)
        {
            throw new ArgumentException("A fit needs one outcome per row of features, and at least one row.", nameof(outcomes));
        }

        var width = features[0].Length;
        var beta = new double[width];
        for (var step = 1; step <= MostSteps; step++)
        {
            var hessian = new double[width, width];
            var gradient = new double[width];
            for (var row = 0; row < features.Count; row++)
            {
                var x = features[row];
                var p = Sigmoid(Dot(beta, x));
                var residual = (outcomes[row] ? 1.0 : 0.0) - p;
                var weight = p * (1.0 - p);
                for (var i = 0; i < width; i++)
                {
                    gradient[i] += residual * x[i];
                    var wx = weight * x[i];
                    for (var j = 0; j <= i; j++)
                    {
                        hessian[i, j] += wx * x[j];
                    }
                }
            }

            for (var i = 1; i < width; i++)
            {
                gradient[i] -= penalty * beta[i];
                hessian[i, i] += penalty;
            }

            var change = Cholesky.Solve(hessian, gradient);
            var largest = 0.0;
            for (var i = 0; i < width; i++)
            {
                beta[i] += change[i];
                largest = Math.Max(largest, Math.Abs(change[i]));
            }

            if (largest < Converged)
            {
                return new LogisticRegression(beta, step);
            }
        }

        return new LogisticRegression(beta, MostSteps);
    }

    /// <summary>The modelled probability for one row of features.</summary>
    public double Predict(double[] features) => Sigmoid(Dot(_beta, features));

    public static double Sigmoid(double z) => z >= 0 ? 1.0 / (1.0 + Math.Exp(-z)) : Math.Exp(z) / (1.0 + Math.Exp(z));

    public static double Logit(double p) => Math.Log(p / (1.0 - p));

    private static double Dot(double[] beta, double[] x)
    {
        var sum = 0.0;
        for (var i = 0; i < beta.Length; i++)
        {
            sum += beta[i] * x[i];
        }

        return sum;
    }
}
