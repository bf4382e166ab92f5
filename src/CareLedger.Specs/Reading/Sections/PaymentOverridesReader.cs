using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Reading.Sections;

/// <summary>Reads <c>payment.overrides</c>: element shares for one provider; anything not written keeps the contract-wide value.</summary>
internal static class PaymentOverridesReader
{
    public static IReadOnlyList<ProviderPaymentOverride> Read(YamlMap payment)
    {
        var overrides = new List<ProviderPaymentOverride>();
        foreach (var map in payment.Maps("overrides"))
        {
            var provider = map.Required("provider", Scalars.Id<Party>());
            var variable = map.ByYear("variable_share", Scalars.Rate);
            var outcome = map.ByYear("outcome_share", Scalars.Rate);
            var fixedShare = map.Optional("fixed_share", Scalars.Rate);
            map.Complete();
            if (provider is not { } providerId)
            {
                continue;
            }

            var item = new ProviderPaymentOverride(providerId, fixedShare, variable, outcome, map.Source);
            map.Locate(item);
            overrides.Add(item);
        }

        return overrides;
    }
}
