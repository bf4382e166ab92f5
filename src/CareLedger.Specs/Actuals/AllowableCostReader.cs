using CareLedger.Domain;
using CareLedger.Domain.Actuals;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Scope;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// Reads <c>allowable_costs</c>: the allowable cost a provider paid directly under the contract reports for a month,
/// quarter or year, for one service line or (under terms that name no lines) for the provider as a whole. The
/// contract must reimburse it: a cost no <c>payment.cost_reimbursement</c> terms cover that provider, line and year
/// is CL807, and one without a line where the terms reimburse by line is CL003. A cost cannot be negative (CL806).
/// </summary>
internal static class AllowableCostReader
{
    public static ActualsSection Section { get; } = new(
        "allowable_costs",
        ["period", "provider", "service_line", "allowable_cost", "evidence"],
        ["period", "provider", "allowable_cost"],
        ["allowable_cost"],
        Read);

    private static void Read(ActualsRecord record, ActualsBuilder into)
    {
        var context = record.Context;
        var period = record.Read("period", ActualsScalars.Period, required: true);
        var provider = context.Payee(record, "provider");
        var line = record.Has("service_line") ? context.ServiceLine(record, "service_line") : null;
        var cost = record.Amount("allowable_cost", "an allowable cost", required: true);
        var evidence = record.Text("evidence");
        record.Complete();
        if (period is not { } written || provider is not { } payee || cost is not { } amount || (record.Has("service_line") && line is null))
        {
            return;
        }

        if (IsReimbursed(record, payee, line, written.Period.Year))
        {
            into.AllowableCosts.Add(new AllowableCostActual(written.Period, payee, line, amount, evidence, record.Source));
        }
    }

    /// <summary>Whether some terms reimburse the cost; reports why not (CL003 or CL807) when none does.</summary>
    private static bool IsReimbursed(ActualsRecord record, Id<Party> provider, Id<ServiceLine>? line, ContractYear year)
    {
        var terms = record.Context.Contract.Payment.CostReimbursement;
        if (line is { } serviceLine ? terms.Any(entry => entry.Covers(provider, serviceLine, year)) : terms.Any(entry => entry.CoversWholeProvider(provider, year)))
        {
            return true;
        }

        var byLine = terms.FirstOrDefault(entry => entry.Years.Includes(year) && entry.Scope.ServiceLines is not null && (entry.Scope.Providers?.Contains(provider) ?? true));
        if (line is null && byLine is not null)
        {
            record.ErrorAtRecord(
                DiagnosticCodes.MissingRequired,
                $"{record.Name}: 'service_line' is required: cost reimbursement '{byLine.Id}' ({byLine.Name}) reimburses {provider}'s costs by service line ({string.Join(", ", byLine.Scope.ServiceLines!.Select(id => id.Value))}).");
            return false;
        }

        var what = line is { } named ? $"{provider}'s {named} costs" : $"{provider}'s costs";
        var covered = terms.Count == 0
            ? "the contract has no payment.cost_reimbursement terms"
            : "its cost reimbursement covers " + string.Join("; ", terms.Select(Describe));
        record.ErrorAtRecord(
            DiagnosticCodes.NotReimbursed,
            $"{record.Name}: the contract does not reimburse {what} in {year.Label}, so this cost would never be paid ({covered}); check the provider, service line and period, or add the terms to the contract.");
        return false;
    }

    private static string Describe(CostReimbursementTerms terms)
    {
        var lines = terms.Scope.ServiceLines is { } named ? string.Join(", ", named.Select(id => id.Value)) : "every line";
        var providers = terms.Scope.Providers is { } listed ? string.Join(", ", listed.Select(id => id.Value)) : "every provider";
        return $"'{terms.Id}': {lines} for {providers}";
    }
}
