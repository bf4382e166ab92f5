using CareLedger.Domain;
using CareLedger.Domain.Payments;
using YamlDotNet.RepresentationModel;

namespace CareLedger.Specs.Reading.Yaml;

/// <summary>Reads a limit (cap, collar, pool): a percentage when written with <c>%</c>, otherwise an amount.</summary>
internal static class LimitReader
{
    public static Limit? Read(YamlNode node, string path, ReadContext context)
    {
        var text = Nodes.Text(context, node, path);
        if (text is null)
        {
            return null;
        }

        Limit limit;
        if (text.Trim().EndsWith('%'))
        {
            if (Nodes.Parse(context, node, path, Scalars.Rate) is not { } rate)
            {
                return null;
            }

            limit = new Limit(AmountOrRate.Of(rate), context.SourceOf(node, path));
        }
        else
        {
            if (Nodes.Parse(context, node, path, Scalars.Amount) is not Money amount)
            {
                return null;
            }

            limit = new Limit(AmountOrRate.Of(amount), context.SourceOf(node, path));
        }

        context.Locations.Record(limit, context.LocationOf(node), path);
        return limit;
    }
}
