using CareLedger.Domain;
using CareLedger.Domain.RiskReward;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Validation.Bands;
using CareLedger.Specs.Validation.References;

namespace CareLedger.Specs.Validation.Rules;

/// <summary>
/// CL401 and CL402: a risk/reward side's bands start at zero and follow on without overlap or gap, so every pound
/// of a variance falls in exactly one band; only the last may be open-ended.
/// </summary>
internal sealed class SharingBandsRule : IContractRule
{
    public void Check(ContractValidationContext context)
    {
        foreach (var item in context.Contract.RiskReward.Items)
        {
            foreach (var side in ItemSide.Of(item).Where(side => side.Side.Bands.Count > 0))
            {
                var show = Show(side.Side.Unit, context.Contract.Currency);
                var prefix = $"the {side.Name} bands of {Subjects.Item(item)}: ";
                var spans = side.Side.Bands.Select(band => new BandSpan(band, band.From, band.To)).ToArray();
                var first = spans[0];
                if (first.From != 0m)
                {
                    context.Error(
                        context.Locate(first.Node, "from"),
                        DiagnosticCodes.BandsGap,
                        $"{prefix}band 1 starts at {show(first.From)}, not 0, so the first part of any variance is shared by nobody; start it at 0.");
                }

                foreach (var issue in BandContinuity.Check(spans, show))
                {
                    context.Error(context.Locate(issue.Band.Node, issue.Key, "from"), issue.Code, prefix + issue.Text + ".");
                }
            }
        }
    }

    // Band boundaries in percent-of-plan are percent figures (2 for 2%), as percentages are everywhere in the model.
    private static Func<decimal, string> Show(BandUnit unit, Currency currency) =>
        unit == BandUnit.Money
            ? value => new Money(value, currency).ToString()
            : value => Percentage.FromPercent(value).ToString();
}
