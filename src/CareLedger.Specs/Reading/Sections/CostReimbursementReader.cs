using CareLedger.Domain.Payments;
using CareLedger.Specs.Reading.Yaml;
using YamlDotNet.RepresentationModel;

namespace CareLedger.Specs.Reading.Sections;

/// <summary>
/// Reads <c>payment.cost_reimbursement</c>: one set of terms, or a list of them, each with an id, a name, the service lines and providers
/// paid at actual allowable cost (default: every in-scope line, every provider), the years (a year selector; default
/// every year) and an optional cap (an amount, or a rate of the planned amount). A set of terms whose id cannot be
/// read is left out.
/// </summary>
internal static class CostReimbursementReader
{
    public const string Key = "cost_reimbursement";

    public static IReadOnlyList<CostReimbursementTerms> Read(YamlMap payment)
    {
        var terms = new List<CostReimbursementTerms>();
        var maps = payment.Raw(Key) is YamlSequenceNode
            ? payment.Maps(Key)
            : payment.Map(Key) is { } single ? [single] : [];
        foreach (var map in maps)
        {
            if (ReadOne(map) is { } entry)
            {
                terms.Add(entry);
            }
        }

        return terms;
    }

    private static CostReimbursementTerms? ReadOne(YamlMap map)
    {
        var id = map.Required("id", Scalars.Id<CostReimbursementTerms>());
        var name = map.Text("name", required: true) ?? string.Empty;
        var scope = map.Scope();
        var years = map.Years();
        var cap = map.Limit("cap");
        map.Complete();
        if (id is not { } termsId)
        {
            return null;
        }

        var terms = new CostReimbursementTerms(termsId, name, scope, years, cap, map.Source);
        map.Locate(terms);
        return terms;
    }
}
