using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Reading.Sections;

/// <summary>
/// Reads <c>payment.management_fee</c>: the payee, a rate or amount by year, the basis (default <c>within</c>)
/// and who funds an on-top fee. Left out when the payee cannot be read.
/// </summary>
internal static class ManagementFeeReader
{
    public static ManagementFeeTerms? Read(YamlMap payment)
    {
        var map = payment.Map("management_fee");
        if (map is null)
        {
            return null;
        }

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
