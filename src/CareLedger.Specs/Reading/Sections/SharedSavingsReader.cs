using CareLedger.Domain;
using CareLedger.Domain.Parties;
using CareLedger.Domain.SharedSavings;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Reading.Sections;

/// <summary>
/// Reads <c>shared_savings</c>: one entity settled against a benchmark (MSSP style). Without <c>loss</c> the
/// arrangement is one-sided; <c>withholding</c> defaults to 0% and <c>years</c> to every year.
/// </summary>
internal static class SharedSavingsReader
{
    public static IReadOnlyList<SharedSavingsTerms> Read(YamlMap root)
    {
        var terms = new List<SharedSavingsTerms>();
        foreach (var map in root.Maps("shared_savings"))
        {
            var id = map.Required("id", Scalars.Id<SharedSavingsTerms>());
            var name = map.Text("name", required: true) ?? string.Empty;
            var entity = map.Required("entity", Scalars.Id<Party>()) ?? default;
            var payer = map.Required("payer", Scalars.Id<Party>()) ?? default;
            var benchmark = ReadBenchmark(map);
            var minimumSavings = map.Required("minimum_savings_rate", Scalars.Rate) ?? Percentage.Zero;
            var minimumLoss = map.Optional("minimum_loss_rate", Scalars.Rate);
            var maxSharing = map.Required("max_sharing_rate", Scalars.Rate) ?? Percentage.Zero;
            var qualityAdjusted = map.ValueOr("quality_adjusted", Scalars.YesNo, false);
            var savingsCap = map.Optional("savings_cap", Scalars.Rate);
            var loss = map.Map("loss") is { } lossMap ? ReadLoss(lossMap) : null;
            var withholding = map.ValueOr("withholding", Scalars.Rate, Percentage.Zero);
            var years = map.Years();
            map.Complete();
            if (id is not { } termsId)
            {
                continue;
            }

            var item = new SharedSavingsTerms(
                termsId, name, entity, payer, benchmark, minimumSavings, minimumLoss, maxSharing, qualityAdjusted, savingsCap, loss, withholding, years, map.Source);
            map.Locate(item);
            terms.Add(item);
        }

        return terms;
    }

    private static Benchmark ReadBenchmark(YamlMap item)
    {
        var map = item.Map("benchmark");
        if (map is null)
        {
            return new Benchmark(null, null);
        }

        var key = map.EitherOf("per_member_per_month", "amount", required: false);
        var perMember = key == "per_member_per_month" ? map.Optional("per_member_per_month", Scalars.Amount) : null;
        var amount = key == "amount" ? map.ByYear("amount", Scalars.Amount) : null;
        map.Complete();
        var benchmark = new Benchmark(perMember, amount);
        map.Locate(benchmark);
        return benchmark;
    }

    private static LossSharing ReadLoss(YamlMap map)
    {
        var rule = map.Required("rate", Vocabularies.LossRate.Kind) ?? LossRateRule.ComplementOfSharingRate;
        Percentage? flatRate = null;
        Percentage? floor = null;
        Percentage? ceiling = null;
        if (rule == LossRateRule.Flat)
        {
            map.NotApplicable("floor", "a flat loss rate has no floor; it applies to 'rate: complement'");
            map.NotApplicable("ceiling", "a flat loss rate has no ceiling; it applies to 'rate: complement'");
            flatRate = map.Required("flat_rate", Scalars.Rate) ?? Percentage.Zero;
        }
        else
        {
            map.NotApplicable("flat_rate", "it applies to 'rate: flat'");
            floor = map.Optional("floor", Scalars.Rate);
            ceiling = map.Optional("ceiling", Scalars.Rate);
        }

        var cap = map.Optional("cap", Scalars.Rate);
        map.Complete();
        var loss = new LossSharing(rule, flatRate, floor, ceiling, cap, map.Source);
        map.Locate(loss);
        return loss;
    }
}
