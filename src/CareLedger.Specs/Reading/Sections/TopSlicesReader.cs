using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Scope;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Reading.Sections;

/// <summary>Reads <c>top_slices</c>: money taken off before allocation, as an amount or a rate by year.</summary>
internal static class TopSlicesReader
{
    public static IReadOnlyList<TopSlice> Read(YamlMap root)
    {
        var slices = new List<TopSlice>();
        foreach (var map in root.Maps("top_slices"))
        {
            var id = map.Required("id", Scalars.Id<TopSlice>());
            var name = map.Text("name", required: true) ?? string.Empty;
            var kind = map.Required("kind", Vocabularies.TopSliceKind.Kind) ?? TopSliceKind.Exclusion;
            var (amount, rate) = ReadSize(map);
            var scope = map.Scope();
            map.Complete();
            if (id is not { } sliceId)
            {
                continue;
            }

            var slice = new TopSlice(sliceId, name, kind, amount, rate, scope, map.Source);
            map.Locate(slice);
            slices.Add(slice);
        }

        return slices;
    }

    // Exactly one of amount and rate; when neither can be read, a 0% rate keeps the slice visible but harmless.
    private static (YearSchedule<Money>? Amount, YearSchedule<Percentage>? Rate) ReadSize(YamlMap map)
    {
        var key = map.EitherOf("amount", "rate", required: true);
        var amount = key == "amount" ? map.ByYear("amount", Scalars.Amount) : null;
        var rate = key == "rate" ? map.ByYear("rate", Scalars.Rate) : null;
        if (amount is null && rate is null)
        {
            rate = YearSchedule<Percentage>.Constant(Percentage.Zero);
        }

        return (amount, rate);
    }
}
