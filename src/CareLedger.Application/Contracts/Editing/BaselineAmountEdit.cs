using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace CareLedger.Application.Contracts.Editing;

/// <summary>
/// Changes the amount of one baseline line: <c>baseline.spend[Line]</c>, counted from 0 in the order written. The
/// amount is written as given (<c>£11.5m</c>, <c>11500000.00</c>); validation reads it as it reads any amount.
/// </summary>
public sealed record BaselineAmountEdit(int Line, string Amount) : ContractEdit
{
    internal override RequestProblem? Plan(YamlTextLayout layout, ICollection<TextSplice> splices)
    {
        var spend = YamlTextLayout.Child(YamlTextLayout.Child(layout.Root, "baseline") as YamlMappingNode, "spend");
        if (spend is not YamlSequenceNode lines || Line < 0 || Line >= lines.Children.Count
            || lines.Children[Line] is not YamlMappingNode line)
        {
            return new RequestProblem("line", string.Create(CultureInfo.InvariantCulture, $"This version of the contract has no baseline line {Line + 1}. Reload the page to edit the current version."));
        }

        return Add(splices, layout.SetScalar(line, "amount", Amount), "amount", string.Create(CultureInfo.InvariantCulture, $"The amount of baseline line {Line + 1}"));
    }
}
