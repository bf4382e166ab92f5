using System.Globalization;
using CareLedger.Domain.Scenarios;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading.Yaml;
using YamlDotNet.RepresentationModel;

namespace CareLedger.Specs.Scenarios;

/// <summary>
/// Reads <c>correlations: { variables: [...], matrix: [[...], ...] }</c>: the variables must be the scenario's (by id,
/// each once, none fixed), the matrix square with one row per variable, and valid (<see cref="CorrelationCheck"/>).
/// A matrix that is not valid is reported (CL903) at <c>matrix</c> with the reason.
/// </summary>
internal static class CorrelationReader
{
    public static CorrelationMatrix? Read(YamlMap map, IReadOnlyList<ScenarioVariable> variables)
    {
        var context = map.Context;
        var names = map.Sequence("variables", required: true) is { } listed ? Names(map, listed) : null;
        var matrixNode = map.Sequence("matrix", required: true);
        map.Complete();
        if (names is null || matrixNode is null)
        {
            return null;
        }

        var ok = true;
        var byId = variables.ToDictionary(variable => variable.Id, StringComparer.Ordinal);
        var variablesNode = (YamlSequenceNode)map.Raw("variables")!;
        for (var i = 0; i < names.Count; i++)
        {
            var node = variablesNode.Children[i];
            if (!byId.TryGetValue(names[i], out var variable))
            {
                context.Error(node, DiagnosticCodes.UndefinedReference, $"correlations.variables[{i}]: the scenario has no variable '{names[i]}'; {NameSuggester.SuggestOrList(names[i], byId.Keys.ToArray())} (an input's id is the one given with 'id:', or its place such as activity[0].volume).");
                ok = false;
            }
            else if (variable.Distribution.IsFixed)
            {
                context.Error(node, DiagnosticCodes.BadCorrelation, $"correlations.variables[{i}]: '{names[i]}' is a fixed value, which cannot be correlated with anything; give it a distribution or leave it out.");
                ok = false;
            }
            else if (names.Take(i).Contains(names[i], StringComparer.Ordinal))
            {
                context.Error(node, DiagnosticCodes.Duplicate, $"correlations.variables[{i}]: '{names[i]}' is listed twice.");
                ok = false;
            }
        }

        var n = names.Count;
        if (matrixNode.Children.Count != n)
        {
            context.Error(matrixNode, DiagnosticCodes.BadCorrelation, $"correlations.matrix: the matrix must be square, one row per variable: {n} rows of {n}, but it has {matrixNode.Children.Count} rows.");
            return null;
        }

        var matrix = new double[n * n];
        for (var row = 0; row < n; row++)
        {
            var path = $"correlations.matrix[{row.ToString(CultureInfo.InvariantCulture)}]";
            if (matrixNode.Children[row] is not YamlSequenceNode cells || cells.Children.Count != n)
            {
                context.Error(matrixNode.Children[row], DiagnosticCodes.BadCorrelation, $"{path}: the matrix must be square: each row holds {n} correlations, one per variable.");
                ok = false;
                continue;
            }

            for (var column = 0; column < n; column++)
            {
                if (Nodes.Parse(context, cells.Children[column], $"{path}[{column.ToString(CultureInfo.InvariantCulture)}]", Scalars.Number) is { } value)
                {
                    matrix[(row * n) + column] = (double)value;
                }
                else
                {
                    ok = false;
                }
            }
        }

        if (!ok)
        {
            return null;
        }

        var (cholesky, problem) = CorrelationCheck.Factor(matrix, names);
        if (cholesky is null)
        {
            context.Error(matrixNode, DiagnosticCodes.BadCorrelation, $"correlations.matrix is not a valid correlation matrix: {problem}.");
            return null;
        }

        return new CorrelationMatrix(names, matrix, cholesky);
    }

    private static List<string>? Names(YamlMap map, YamlSequenceNode sequence)
    {
        var names = new List<string>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var text = Nodes.Text(map.Context, sequence.Children[i], $"correlations.variables[{i}]");
            if (text is null)
            {
                return null;
            }

            names.Add(text.Trim());
        }

        return names;
    }
}
