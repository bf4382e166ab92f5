using CareLedger.Domain;
using CareLedger.Domain.Actuals;
using CareLedger.Domain.Periods;
using CareLedger.Domain.SharedSavings;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading.Yaml;
using CareLedger.Specs.Validation;

namespace CareLedger.Specs.Actuals.Checking;

/// <summary>
/// Checks a row of <c>shared_savings</c>: a year in which the terms apply, terms the contract defines, figures that
/// are not negative (CL806), and what the terms need: <c>member_months</c> for a per-member-per-month benchmark,
/// <c>benchmark</c> when the terms state none, <c>quality_score</c> when they are quality-adjusted (each CL003 when
/// missing); a <c>benchmark</c> the terms already state would be ignored, so it is CL002.
/// </summary>
internal static class BenchmarkCheck
{
    public static void Check(BenchmarkRow row, RowFindings findings, ContractReferences contract, CheckedActuals into)
    {
        var year = findings.Year("year", row.Year);
        var terms = contract.SharedSavings(findings, "terms", row.Terms);
        var expenditure = findings.Amount("expenditure", row.Expenditure, "expenditure", required: true);
        var memberMonths = findings.Count("member_months", row.MemberMonths, "member-months");
        var benchmark = findings.Amount("benchmark", row.Benchmark, "a benchmark");
        if (row.QualityScore is { } score && score < Percentage.Zero)
        {
            findings.Error("quality_score", DiagnosticCodes.NegativeActual, $"{findings.Where("quality_score")}: {score} is negative; a quality score is between 0% and 100%.");
        }
        else if (row.QualityScore is { } high && high > Percentage.Hundred)
        {
            // Never held to 100% silently: a score over 100% is a slip (92.5 written as 925%?) the author must see.
            findings.Error("quality_score", DiagnosticCodes.Absurd, $"{findings.Where("quality_score")}: {high} is over 100%; a quality score is between 0% and 100%, so check the figure.");
        }

        if (year is null || terms is null || expenditure is not { } spent)
        {
            return;
        }

        CheckYear(findings, terms, year);
        CheckWhatTheTermsNeed(row, findings, terms);
        into.Benchmarks.Add(new BenchmarkActual(year, terms.Id, spent, memberMonths, benchmark, row.QualityScore, findings.Source.ToSourceRef()), findings.Source);
    }

    private static void CheckYear(RowFindings findings, SharedSavingsTerms terms, ContractYear year)
    {
        if (!terms.Years.Includes(year))
        {
            findings.Error("year", DiagnosticCodes.BadPeriod, $"{findings.Where("year")}: the shared-savings terms '{terms.Id}' do not apply in {year.Label}, so there is nothing to settle against.");
        }
    }

    private static void CheckWhatTheTermsNeed(BenchmarkRow row, RowFindings findings, SharedSavingsTerms terms)
    {
        var stated = terms.Benchmark;
        if (stated.PerMemberPerMonth is { } perMember && row.MemberMonths is { } members && members * perMember.Amount > Limits.Amount)
        {
            // The benchmark is the price per member times the member-months: held within the largest amount.
            findings.Error("member_months", DiagnosticCodes.Absurd, $"{findings.Where("member_months")}: {NumberSyntax.Format(members)} member-months at {perMember} per member per month "
                + $"make a benchmark of {new Money(members * perMember.Amount, perMember.Currency)}, over 100bn, more than any contract of this kind holds; check the member-months and the price.");
        }

        if (stated.PerMemberPerMonth is { } rate && !findings.Has("member_months", row.MemberMonths))
        {
            findings.Missing("member_months", DiagnosticCodes.MissingRequired, $"{findings.Name}: 'member_months' is required: the benchmark of '{terms.Id}' is {rate} per member per month.");
        }

        var hasBenchmark = findings.Has("benchmark", row.Benchmark);
        if (stated.PerMemberPerMonth is null && stated.Amount is null && !hasBenchmark)
        {
            findings.Missing("benchmark", DiagnosticCodes.MissingRequired, $"{findings.Name}: 'benchmark' is required: the terms '{terms.Id}' state no benchmark.");
        }

        if ((stated.PerMemberPerMonth is not null || stated.Amount is not null) && hasBenchmark)
        {
            var basis = stated.PerMemberPerMonth is not null ? "a rate per member per month" : "an amount by year";
            findings.Error("benchmark", DiagnosticCodes.UnknownKey, $"{findings.Where("benchmark")}: does not apply: the terms '{terms.Id}' state the benchmark as {basis}, which settlement uses.");
        }

        if (terms.QualityAdjusted && !findings.Has("quality_score", row.QualityScore))
        {
            findings.Missing("quality_score", DiagnosticCodes.MissingRequired, $"{findings.Name}: 'quality_score' is required: the terms '{terms.Id}' are quality-adjusted (without a score, savings would be shared at 0%).");
        }
    }
}
