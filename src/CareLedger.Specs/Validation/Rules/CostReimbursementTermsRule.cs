using CareLedger.Domain;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Validation.References;

namespace CareLedger.Specs.Validation.Rules;

/// <summary>
/// The checks cost reimbursement needs beyond references and figures:
/// CL206, two sets of terms reimbursing the same provider's service line in the same year (the cost would be paid
/// twice); CL205, a fixed share stated beside reimbursement (the fixed element is then what the other elements and the
/// reimbursed lines leave, so no stated share can be right every year); CL105, a sub-contractor named (its costs are
/// claimed by the prime that is paid for it).
/// </summary>
internal sealed class CostReimbursementTermsRule : IContractRule
{
    public void Check(ContractValidationContext context)
    {
        var all = context.Contract.Payment.CostReimbursement;
        if (all.Count == 0)
        {
            return;
        }

        ReportOverlaps(context, all);
        ReportStatedFixedShares(context, all);
        ReportSubContractors(context, all);
    }

    private static void ReportOverlaps(ContractValidationContext context, IReadOnlyList<CostReimbursementTerms> all)
    {
        var years = context.YearCount == 0 ? [] : context.Contract.Term.Calendar.Years;
        for (var later = 1; later < all.Count; later++)
        {
            for (var earlier = 0; earlier < later; earlier++)
            {
                var (first, second) = (all[earlier], all[later]);
                var common = years.Where(year => first.Years.Includes(year) && second.Years.Includes(year)).Select(year => year.Label).ToArray();
                var providers = Common(first.Scope.Providers, second.Scope.Providers);
                var lines = Common(first.Scope.ServiceLines, second.Scope.ServiceLines);
                if (common.Length == 0 || providers is { Count: 0 } || lines is { Count: 0 })
                {
                    continue;
                }

                var who = providers is null ? "every provider" : Wording.List(providers.Select(context.PartyName));
                var what = lines is null ? "costs on every service line" : Wording.List(lines.Select(line => Wording.Quoted(line.Value))) + " costs";
                context.Error(
                    context.Locate(second, "service_lines", "providers", "years", "from", "to"),
                    DiagnosticCodes.ReimbursedTwice,
                    $"{Subjects.Reimbursement(second)} and {Subjects.Reimbursement(first)} (line {context.Locations.Of(first).Line}) both reimburse "
                    + $"{what} of {who} in {Wording.Years(common, context.YearCount)}, so the same cost would be paid twice; narrow the service lines, providers or years of one of them.");
                break;
            }
        }
    }

    private static void ReportStatedFixedShares(ContractValidationContext context, IReadOnlyList<CostReimbursementTerms> all)
    {
        var payment = context.Contract.Payment;
        var terms = all[0];
        if (payment.Fixed.Share is { } share)
        {
            context.Error(
                context.Locate(payment.Fixed, "share"),
                DiagnosticCodes.ElementsDoNotFit,
                $"the fixed element's share is stated as {share}, but {Subjects.Reimbursement(terms)} pays service lines at actual allowable cost instead of instalments, "
                + "so the fixed element is what the other elements and the reimbursed lines leave, which no stated share can match: leave out fixed.share.");
        }

        foreach (var entry in payment.Overrides.Where(entry => entry.FixedShare is not null && all.Any(candidate => Names(candidate, entry.Provider))))
        {
            context.Error(
                context.Locate(entry, "fixed_share"),
                DiagnosticCodes.ElementsDoNotFit,
                $"the payment override for {context.PartyName(entry.Provider)} states a fixed share of {entry.FixedShare}, but cost reimbursement pays some of its lines at actual allowable cost, "
                + "so its fixed element is what the other elements and the reimbursed lines leave: leave out fixed_share.");
        }
    }

    private static void ReportSubContractors(ContractValidationContext context, IReadOnlyList<CostReimbursementTerms> all)
    {
        foreach (var terms in all)
        {
            foreach (var id in terms.Scope.Providers ?? new HashSet<Id<Party>>())
            {
                if (context.FindParty(id) is { } party && party.Has(PartyRole.SubContractor) && party.Prime is { } prime)
                {
                    context.Error(
                        context.Locate(terms, ScopeKeys.For(terms.Scope.Providers!, id, "providers")),
                        DiagnosticCodes.WrongRole,
                        $"{Subjects.Reimbursement(terms)} names provider {context.PartyName(id)}, a sub-contractor paid through {context.PartyName(prime)}; "
                        + $"its costs are reimbursed to the prime: name '{prime}' instead.");
                }
            }
        }
    }

    private static bool Names(CostReimbursementTerms terms, Id<Party> provider) =>
        terms.Scope.Providers is null || terms.Scope.Providers.Contains(provider);

    /// <summary>The ids both sets hold, in the first's order; null when both mean "all".</summary>
    private static IReadOnlyList<Id<T>>? Common<T>(IReadOnlySet<Id<T>>? first, IReadOnlySet<Id<T>>? second) =>
        (first, second) switch
        {
            (null, null) => null,
            (null, { } only) => [.. only],
            ({ } only, null) => [.. only],
            ({ } a, { } b) => [.. a.Where(b.Contains)],
        };
}
