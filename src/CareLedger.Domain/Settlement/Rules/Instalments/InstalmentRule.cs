using CareLedger.Domain.Allocation;
using CareLedger.Domain.Explaining;
using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Settlement.Rules.Instalments;

/// <summary>
/// Pays the parts of contract value that flow in instalments: the fixed element, the management fee and the
/// planned variable value, plus any fee paid on top. Each is split over the year's instalments exactly as the fixed
/// element is (equal or profiled, largest remainder), and a statement pays the instalments that fall in its period:
/// a month pays its monthly instalment, or the quarter's instalment in the quarter's first month (in advance);
/// a quarter pays the instalments inside it; a year pays them all.
/// </summary>
public sealed class InstalmentRule : ISettlementRule
{
    public bool AppliesTo(SettlementContext context) => true;

    public void Settle(SettlementContext context)
    {
        var schedule = context.Contract.Payment.Fixed.Instalments;
        foreach (var provider in context.Allocation.Providers)
        {
            var payee = provider.Payee.Id;
            Pay(context, payee, StatementElement.Fixed, "Fixed element", provider.Fixed, provider.Instalments);
            Pay(context, payee, StatementElement.ManagementFee, "Management fee", provider.ManagementFee, context.Run.InstalmentsOf(payee, provider.ManagementFee, schedule, context.Year));
            Pay(context, payee, StatementElement.Variable, "Variable element, planned value", provider.Variable, context.Run.InstalmentsOf(payee, provider.Variable, schedule, context.Year));
        }

        foreach (var fee in context.Allocation.OnTopFees)
        {
            var instalments = context.Run.InstalmentsOf(fee.Payee, fee.Fee, schedule, context.Year);
            var due = context.IsYearEnd
                ? [(Paid: instalments, Reason: (Func<string>)(() => $"Management fee on top of the budget for {context.Period.Label}: {instalments.Count} instalments"), Explain: ExplainYear(fee.Fee, instalments))]
                : Due(context.Period, instalments)
                    .Select(instalment => (Paid: (IReadOnlyList<Instalment>)[instalment], Reason: (Func<string>)(() => Worded($"Management fee on top of the budget, instalment {instalment.Period.Label}", fee.Fee.Amount, instalment, instalments, context.Rounding)), Explain: Explain(fee.Fee, instalment, instalments.Count)))
                    .ToArray();
            foreach (var (paid, reason, explain) in due)
            {
                var amounts = paid.Select(instalment => instalment.Amount).ToArray();
                if (fee.FundedBy is { } funder)
                {
                    context.Transfer(funder, fee.Payee, StatementElement.ManagementFee, Money.Sum(amounts, context.Currency), reason() + $" (funded by {funder})", explain);
                }
                else
                {
                    context.PayInstalmentsFromCommissioners(fee.Payee, StatementElement.ManagementFee, amounts, reason, explain);
                }
            }
        }
    }

    private static void Pay(SettlementContext context, Id<Parties.Party> payee, StatementElement element, string name, ElementAmount annual, IReadOnlyList<Instalment> instalments)
    {
        if (annual.Amount.IsZero)
        {
            return;
        }

        var count = instalments.Count;
        if (context.IsYearEnd)
        {
            // The year's statement shows the element once; its explanation lists the instalments. Paid as the instalments
            // it is made of, so that funders paying directly pay at year end exactly what they paid in-year.
            var period = context.Period.Label;
            context.PayInstalmentsFromCommissioners(
                payee,
                element,
                instalments.Select(instalment => instalment.Amount).ToArray(),
                () => $"{name} for {period}: {count} instalments ({annual.Formula})",
                ExplainYear(annual, instalments));
            return;
        }

        foreach (var instalment in Due(context.Period, instalments))
        {
            context.PayFromCommissioners(
                payee,
                element,
                instalment.Amount,
                () => Worded($"{name}, instalment {instalment.Period.Label} of {count}", annual.Amount, instalment, instalments, context.Rounding),
                Explain(annual, instalment, count));
        }
    }

    /// <summary>The instalment's reason, saying so when the largest-remainder rule, not rounding its exact share, set its last penny.</summary>
    private static string Worded(string reason, Money annual, Instalment instalment, IReadOnlyList<Instalment> instalments, RoundingRule rounding)
    {
        var index = instalments.ToList().IndexOf(instalment);
        var clause = OddPenny.Clause(
            annual,
            instalments.Select(each => each.Weight).ToArray(),
            instalments.Select(each => each.Amount).ToArray(),
            instalments.Select(each => each.Period.Label).ToArray(),
            index,
            rounding);
        return clause is null ? reason : $"{reason} ({clause})";
    }

    private static IEnumerable<Instalment> Due(ContractPeriod period, IReadOnlyList<Instalment> instalments) =>
        instalments.Where(instalment => period.Kind switch
        {
            PeriodKind.Year => true,
            PeriodKind.Quarter => instalment.Period.Kind != PeriodKind.Year && QuarterOf(instalment.Period) == period.Number,
            _ => instalment.Period.Kind switch
            {
                PeriodKind.Month => instalment.Period.Number == period.Number,
                PeriodKind.Quarter => instalment.Period.CoveredMonths().First() == period.CoveredMonths().FirstOrDefault(),
                _ => false,
            },
        });

    private static int QuarterOf(ContractPeriod period) =>
        period.Kind == PeriodKind.Quarter ? period.Number : ((period.Number - 1) / 3) + 1;

    private static Func<Explanation> ExplainYear(ElementAmount annual, IReadOnlyList<Instalment> instalments) => () =>
    {
        var builder = new ExplanationBuilder("instalments", "the year's amount, paid in instalments split with the largest-remainder rule")
            .Input($"{annual.Element.ToSpecName()} for the year", annual.Amount, annual.Source)
            .Step("how the year's amount was set", annual.Formula);
        foreach (var instalment in instalments)
        {
            builder.Step($"instalment {instalment.Period.Label}", instalment.Amount);
        }

        return builder.Rounded("split to the penny; odd pennies go to the earliest instalments").Result(annual.Amount);
    };

    private static Func<Explanation> Explain(ElementAmount annual, Instalment instalment, int count) => () =>
        new ExplanationBuilder("instalments", "the year's amount split over its instalments, equal parts (or the profile) with the largest-remainder rule")
            .Input($"{annual.Element.ToSpecName()} for the year", annual.Amount, annual.Source)
            .Step("how the year's amount was set", annual.Formula)
            .Step("instalments in the year", count)
            .Step($"instalment {instalment.Period.Label}", instalment.Amount)
            .Rounded("split to the penny; odd pennies go to the earliest instalments")
            .Result(instalment.Amount);
}
