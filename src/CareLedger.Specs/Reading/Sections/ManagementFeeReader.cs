using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Specs.Reading.Yaml;
using YamlDotNet.RepresentationModel;

namespace CareLedger.Specs.Reading.Sections;

/// <summary>
/// Reads <c>payment.management_fee</c>: one fee, or a list of them (one per payee, e.g. two primes). Each has the
/// payee, a rate or amount by year, the basis (default <c>within</c>) and who funds an on-top fee. A fee is left
/// out when its payee cannot be read.
/// </summary>
internal static class ManagementFeeReader
{
    public static IReadOnlyList<ManagementFeeTerms> Read(YamlMap payment)
    {
        var maps = payment.Raw("management_fee") is YamlSequenceNode
            ? payment.Maps("management_fee")
            : payment.Map("management_fee") is { } single ? [single] : [];
        var fees = new List<ManagementFeeTerms>();
        foreach (var map in maps)
        {
            if (ReadOne(map) is { } fee)
            {
                fees.Add(fee);
            }
        }

        return fees;
    }

    private static ManagementFeeTerms? ReadOne(YamlMap map)
    {
        var payee = map.Required("payee", Scalars.Id<Party>());
        var key = map.EitherOf("rate", "amount", required: true);
        var rate = key == "rate" ? map.ByYear("rate", Scalars.Rate) : null;
        var amount = key == "amount" ? map.ByYear("amount", Scalars.Amount) : null;
        if (rate is null && amount is null)
        {
            rate = YearSchedule<Percentage>.Constant(Percentage.Zero);
        }

        var basis = map.ValueOr("basis", Vocabularies.FeeBasis.Kind, FeeBasis.WithinContractValue);
        var fundedBy = map.Optional("funded_by", Scalars.Id<Party>());
        map.Complete();
        if (payee is not { } payeeId)
        {
            return null;
        }

        var fee = new ManagementFeeTerms(payeeId, rate, amount, basis, fundedBy, map.Source);
        map.Locate(fee);
        return fee;
    }
}
