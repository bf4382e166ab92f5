using CareLedger.Domain;
using CareLedger.Domain.Actuals;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Scope;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Actuals.Checking;

/// <summary>
/// Checks a row of <c>allowable_costs</c>: a period of the term, a payee of the contract, an in-scope service line
/// if one is given, and a cost that is not negative (CL806). The contract must reimburse it: a cost no
/// <c>payment.cost_reimbursement</c> terms cover for that provider, line and year is CL807, and one without a line
/// where the terms reimburse by line is CL003.
/// </summary>
internal static class AllowableCostCheck
{
    public static void Check(AllowableCostRow row, RowFindings findings, ContractReferences contract, CheckedActuals into)
    {
        var period = findings.Period("period", row.Period);
        var provider = contract.Payee(findings, "provider", row.Provider);
        var lineGiven = findings.Has("service_line", row.ServiceLine);
        var line = lineGiven ? contract.ServiceLine(findings, "service_line", row.ServiceLine) : null;
        var cost = findings.Amount("allowable_cost", row.AllowableCost, "an allowable cost", required: true);
        var evidence = findings.Text("evidence", row.Evidence);
        if (period is null || provider is not { } payee || cost is not { } amount || (lineGiven && line is null))
        {
            return;
        }

        if (IsReimbursed(findings, contract.Contract.Payment.CostReimbursement, payee, line, period.Year))
        {
            into.AllowableCosts.Add(new AllowableCostActual(period, payee, line, amount, evidence, findings.Source.ToSourceRef()), findings.Source);
        }
    }

    /// <summary>Whether some terms reimburse the cost; reports why not (CL003 or CL807) when none does.</summary>
    private static bool IsReimbursed(RowFindings findings, IReadOnlyList<CostReimbursementTerms> terms, Id<Party> provider, Id<ServiceLine>? line, ContractYear year)
    {
        if (line is { } serviceLine ? terms.Any(entry => entry.Covers(provider, serviceLine, year)) : terms.Any(entry => entry.CoversWholeProvider(provider, year)))
        {
            return true;
        }

        var byLine = terms.FirstOrDefault(entry => entry.Years.Includes(year) && entry.Scope.ServiceLines is not null && (entry.Scope.Providers?.Contains(provider) ?? true));
        if (line is null && byLine is not null)
        {
            findings.Missing(
                "service_line",
                DiagnosticCodes.MissingRequired,
                $"{findings.Name}: 'service_line' is required: cost reimbursement '{byLine.Id}' ({byLine.Name}) reimburses {provider}'s costs by service line ({string.Join(", ", byLine.Scope.ServiceLines!.Select(id => id.Value))}).");
            return false;
        }

        var what = line is { } named ? $"{provider}'s {named} costs" : $"{provider}'s costs";
        var covered = terms.Count == 0
            ? "the contract has no payment.cost_reimbursement terms"
            : "its cost reimbursement covers " + string.Join("; ", terms.Select(Describe));
        findings.ErrorAtRow(
            DiagnosticCodes.NotReimbursed,
            $"{findings.Name}: the contract does not reimburse {what} in {year.Label}, so this cost would never be paid ({covered}); check the provider, service line and period, or add the terms to the contract.");
        return false;
    }

    private static string Describe(CostReimbursementTerms terms)
    {
        var lines = terms.Scope.ServiceLines is { } named ? string.Join(", ", named.Select(id => id.Value)) : "every line";
        var providers = terms.Scope.Providers is { } listed ? string.Join(", ", listed.Select(id => id.Value)) : "every provider";
        return $"'{terms.Id}': {lines} for {providers}";
    }
}
