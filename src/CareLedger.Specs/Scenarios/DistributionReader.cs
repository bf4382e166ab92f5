using System.Globalization;
using CareLedger.Domain.Scenarios;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading.Yaml;
using YamlDotNet.RepresentationModel;

namespace CareLedger.Specs.Scenarios;

/// <summary>
/// Reads one uncertain input: a plain value (fixed), or a mapping <c>{ distribution: NAME, ...parameters, id: NAME }</c>.
/// Every parameter is written in the input's unit (<see cref="QuantityUnit"/>) and checked where it is written: a
/// standard deviation must be positive, a minimum below a maximum with the mode between them, a probability between
/// 0% and 100%, a lognormal's mean positive. Nothing is thrown; a bad input is reported (CL901, CL902) and read as null.
/// </summary>
internal static class DistributionReader
{
    public static readonly string[] Names = ["normal", "lognormal", "triangular", "pert", "uniform", "bernoulli", "empirical"];

    public static ScenarioVariable? Read(YamlMap owner, string key, QuantityUnit unit, bool required = true)
    {
        var node = required ? owner.RawRequired(key) : owner.Raw(key);
        if (node is null)
        {
            return null;
        }

        owner.AddLocation(key, node);
        var path = owner.PathOf(key);
        var context = owner.Context;
        if (node is not YamlMappingNode)
        {
            if (unit == QuantityUnit.Milestone)
            {
                context.Error(node, DiagnosticCodes.BadDistribution, $"{path}: a milestone's result is a chance of meeting it, e.g. {{ distribution: bernoulli, p: 80% }}.");
                return null;
            }

            var value = Scalar(context, node, path, unit);
            return value is { } fixedValue ? new ScenarioVariable(path, new FixedValue(fixedValue), context.SourceOf(node, path)) : null;
        }

        var map = YamlMap.From(node, path, context)!;
        var id = map.Text("id") is { } written && written.Trim().Length > 0 ? written.Trim() : path;
        var name = map.Text("distribution", required: true)?.Trim();
        Distribution? distribution = name switch
        {
            null => null,
            "normal" => Normal(map, unit),
            "lognormal" => LogNormal(map, unit),
            "triangular" => Ranged(map, unit, (min, mode, max) => new TriangularDistribution(min, mode, max)),
            "pert" => Ranged(map, unit, (min, mode, max) => new PertDistribution(min, mode, max)),
            "uniform" => Uniform(map, unit),
            "bernoulli" => Bernoulli(map),
            "empirical" => Empirical(map, unit),
            _ => Unknown(map, name),
        };
        if (distribution is not null && unit == QuantityUnit.Milestone && distribution is not BernoulliDistribution)
        {
            context.Error(map.Raw("distribution")!, DiagnosticCodes.BadDistribution, $"{path}: a milestone is met or not, so its result is drawn from a bernoulli distribution (p: the chance of meeting it), not {name}.");
            distribution = null;
        }

        if (name is null || !Names.Contains(name))
        {
            // Without a known distribution the parameters cannot be judged; only keys no distribution has are reported.
            map.Know("mean", "sd", "min", "mode", "max", "p", "values");
        }

        map.Complete();
        return distribution is null ? null : new ScenarioVariable(id, distribution, context.SourceOf(node, path));
    }

    private static Distribution? Unknown(YamlMap map, string name)
    {
        map.Context.Error(map.Raw("distribution")!, DiagnosticCodes.UnknownDistribution, $"{map.PathOf("distribution")}: unknown distribution '{name}'; {NameSuggester.SuggestOrList(name, Names)}");
        return null;
    }

    private static NormalDistribution? Normal(YamlMap map, QuantityUnit unit)
    {
        var mean = Parameter(map, "mean", unit);
        var sd = Parameter(map, "sd", unit);
        if (mean is null || sd is null)
        {
            return null;
        }

        return Positive(map, "sd", sd.Value, "a standard deviation") ? new NormalDistribution(mean.Value, sd.Value) : null;
    }

    private static LogNormalDistribution? LogNormal(YamlMap map, QuantityUnit unit)
    {
        var mean = Parameter(map, "mean", unit);
        var sd = Parameter(map, "sd", unit);
        if (mean is null || sd is null)
        {
            return null;
        }

        return Positive(map, "mean", mean.Value, "a lognormal's mean (its values are always positive)") && Positive(map, "sd", sd.Value, "a standard deviation")
            ? new LogNormalDistribution(mean.Value, sd.Value)
            : null;
    }

    private static Distribution? Ranged(YamlMap map, QuantityUnit unit, Func<double, double, double, Distribution> make)
    {
        var min = Parameter(map, "min", unit);
        var mode = Parameter(map, "mode", unit);
        var max = Parameter(map, "max", unit);
        if (min is null || mode is null || max is null)
        {
            return null;
        }

        if (!(min < max))
        {
            map.Context.Error(map.Raw("max")!, DiagnosticCodes.BadDistribution, $"{map.PathOf("max")}: the maximum must be above the minimum.");
            return null;
        }

        if (mode < min || mode > max)
        {
            map.Context.Error(map.Raw("mode")!, DiagnosticCodes.BadDistribution, $"{map.PathOf("mode")}: the mode (most likely value) must lie between the minimum and the maximum.");
            return null;
        }

        return make(min.Value, mode.Value, max.Value);
    }

    private static UniformDistribution? Uniform(YamlMap map, QuantityUnit unit)
    {
        var min = Parameter(map, "min", unit);
        var max = Parameter(map, "max", unit);
        if (min is null || max is null)
        {
            return null;
        }

        if (!(min < max))
        {
            map.Context.Error(map.Raw("max")!, DiagnosticCodes.BadDistribution, $"{map.PathOf("max")}: the maximum must be above the minimum.");
            return null;
        }

        return new UniformDistribution(min.Value, max.Value);
    }

    private static BernoulliDistribution? Bernoulli(YamlMap map)
    {
        var p = Parameter(map, "p", QuantityUnit.Rate);
        if (p is null)
        {
            return null;
        }

        if (p < 0 || p > 1)
        {
            map.Context.Error(map.Raw("p")!, DiagnosticCodes.BadDistribution, $"{map.PathOf("p")}: a probability lies between 0% and 100%.");
            return null;
        }

        return new BernoulliDistribution(p.Value);
    }

    private static EmpiricalDistribution? Empirical(YamlMap map, QuantityUnit unit)
    {
        var sequence = map.Sequence("values", required: true);
        if (sequence is null)
        {
            return null;
        }

        var values = new List<double>();
        for (var index = 0; index < sequence.Children.Count; index++)
        {
            if (Scalar(map.Context, sequence.Children[index], $"{map.PathOf("values")}[{index.ToString(CultureInfo.InvariantCulture)}]", unit) is { } value)
            {
                values.Add(value);
            }
        }

        if (sequence.Children.Count == 0)
        {
            map.Context.Error(sequence, DiagnosticCodes.BadDistribution, $"{map.PathOf("values")}: give at least one past value to resample.");
            return null;
        }

        return values.Count == sequence.Children.Count ? new EmpiricalDistribution(values) : null;
    }

    private static bool Positive(YamlMap map, string key, double value, string what)
    {
        if (value > 0)
        {
            return true;
        }

        map.Context.Error(map.Raw(key)!, DiagnosticCodes.BadDistribution, $"{map.PathOf(key)}: {what} must be above zero.");
        return false;
    }

    private static double? Parameter(YamlMap map, string key, QuantityUnit unit)
    {
        var node = map.RawRequired(key);
        return node is null ? null : Scalar(map.Context, node, map.PathOf(key), unit);
    }

    private static double? Scalar(ReadContext context, YamlNode node, string path, QuantityUnit unit) => unit switch
    {
        QuantityUnit.Rate or QuantityUnit.Milestone => (double?)Nodes.Parse(context, node, path, Scalars.Rate)?.Fraction,
        QuantityUnit.Amount => (double?)Nodes.Parse(context, node, path, Scalars.Amount)?.Amount,
        _ => (double?)Nodes.Parse(context, node, path, Scalars.Number),
    };
}
