using CareLedger.Domain.Scenarios;

namespace CareLedger.Simulation.Draws;

/// <summary>
/// How a scenario's variables are drawn for one simulated year, compiled once. Variable i always takes uniform i of
/// (seed, run, year), so adding a variable at the end never changes the others' draws. Correlated variables take a
/// standard normal each (Φ⁻¹ of their uniform), which the copula's Cholesky factor L mixes (z = L·ε) before each
/// becomes its distribution's value at z; the others are drawn by inversion of their own uniform.
/// </summary>
internal sealed class DrawPlan
{
    private readonly Distribution[] _distributions;
    private readonly int[] _correlated;
    private readonly double[] _cholesky;

    public DrawPlan(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _distributions = scenario.Variables.Select(variable => variable.Distribution).ToArray();
        var index = scenario.Variables.Select((variable, i) => (variable.Id, i)).ToDictionary(pair => pair.Id, pair => pair.i, StringComparer.Ordinal);
        _correlated = scenario.Correlation?.Variables.Select(name => index[name]).ToArray() ?? [];
        _cholesky = scenario.Correlation?.Cholesky ?? [];
    }

    public int Count => _distributions.Length;

    /// <summary>Every variable's value for one simulated year.</summary>
    public void Draw(ulong seed, long run, int year, Span<double> values)
    {
        for (var i = 0; i < _distributions.Length; i++)
        {
            var distribution = _distributions[i];
            values[i] = distribution is FixedValue fixedValue ? fixedValue.Value : Quantiles.At(distribution, CounterRandom.Uniform(seed, run, year, i));
        }

        if (_correlated.Length == 0)
        {
            return;
        }

        var n = _correlated.Length;
        Span<double> epsilon = n <= 64 ? stackalloc double[n] : new double[n];
        for (var k = 0; k < n; k++)
        {
            epsilon[k] = StandardNormal.Quantile(CounterRandom.Uniform(seed, run, year, _correlated[k]));
        }

        for (var row = 0; row < n; row++)
        {
            var z = 0.0;
            for (var k = 0; k <= row; k++)
            {
                z += _cholesky[(row * n) + k] * epsilon[k];
            }

            var variable = _correlated[row];
            values[variable] = Quantiles.AtNormal(_distributions[variable], z);
        }
    }

    /// <summary>Every variable at its central value (the mean; a milestone's probability): what a projection uses.</summary>
    public void Central(Span<double> values)
    {
        for (var i = 0; i < _distributions.Length; i++)
        {
            values[i] = _distributions[i].Central;
        }
    }
}
