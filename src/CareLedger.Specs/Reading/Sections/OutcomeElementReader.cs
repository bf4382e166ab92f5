using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Payments;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Reading.Sections;

/// <summary>
/// Reads <c>payment.outcome</c>: the pot's share by year, the framework by year, how scores become payments, the
/// threshold (default 100%) and the phasing (default: whole pot at risk every year, applied). The element is
/// left out when its framework cannot be read, since nothing could be settled against it.
/// </summary>
internal static class OutcomeElementReader
{
    public static OutcomeElementTerms? Read(YamlMap payment)
    {
        var map = payment.Map("outcome");
        if (map is null)
        {
            return null;
        }

        var share = map.ByYear("share", Scalars.Rate, required: true) ?? YearSchedule<Percentage>.Constant(Percentage.Zero);
        var framework = map.ByYear("framework", Scalars.Id<OutcomesFramework>(), required: true);
        var aggregation = map.Required("aggregation", Vocabularies.Aggregation.Kind) ?? OutcomeAggregation.AllOrNothing;
        var threshold = map.ValueOr("threshold", Scalars.Rate, Percentage.Hundred);
        var phasing = PhasingReader.Read(map);
        map.Complete();
        if (framework is null)
        {
            return null;
        }

        var terms = new OutcomeElementTerms(share, framework, aggregation, threshold, phasing, map.Source);
        map.Locate(terms);
        return terms;
    }
}
