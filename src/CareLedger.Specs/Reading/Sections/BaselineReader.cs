using CareLedger.Domain;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Scope;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Reading.Sections;

/// <summary>
/// Reads <c>baseline</c>: the year the spend was measured in, what it is, and commissioner spend by service line and
/// provider. A cell is identified by its pair, so one whose pair cannot be read is left out. (A second entry for the
/// same pair is validation's CL010.)
/// </summary>
internal static class BaselineReader
{
    public static Baseline Read(YamlMap root)
    {
        var map = root.Map("baseline", required: true);
        if (map is null)
        {
            return new Baseline(null, []);
        }

        var baseYear = map.Optional("base_year", Scalars.BaseYear);
        var description = map.Text("description");
        var cells = map.Maps("spend", required: true).Select(ReadCell).OfType<BaselineCell>().ToArray();
        map.Complete();
        var baseline = new Baseline(baseYear, cells, description);
        map.Locate(baseline);
        return baseline;
    }

    private static BaselineCell? ReadCell(YamlMap map)
    {
        var serviceLine = map.Required("service_line", Scalars.Id<ServiceLine>());
        var provider = map.Required("provider", Scalars.Id<Party>());
        var amount = map.Required("amount", Scalars.Amount) ?? Money.Zero(map.Context.Currency);
        var basis = map.ValueOr("basis", Vocabularies.SpendBasis.Kind, SpendBasis.Other);
        var note = map.Text("note");
        map.Complete();
        if (serviceLine is not { } line || provider is not { } party)
        {
            return null;
        }

        var cell = new BaselineCell(line, party, amount, basis, note, map.Source);
        map.Locate(cell);
        return cell;
    }
}
