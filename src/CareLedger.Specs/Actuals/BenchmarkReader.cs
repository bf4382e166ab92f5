using CareLedger.Domain;
using CareLedger.Domain.Actuals;
using CareLedger.Domain.SharedSavings;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// Reads <c>shared_savings</c>: a year's expenditure against shared-savings terms. What else is needed follows
/// from the terms: <c>member_months</c> for a per-member-per-month benchmark, <c>benchmark</c> when the terms state
/// none, <c>quality_score</c> when they are quality-adjusted (each CL003 when missing); a <c>benchmark</c> the
/// terms already state would be ignored, so it is CL002. Figures cannot be negative (CL806).
/// </summary>
internal static class BenchmarkReader
{
    public static ActualsSection Section { get; } = new(
        "shared_savings",
        ["year", "terms", "expenditure", "member_months", "benchmark", "quality_score"],
        ["year", "terms", "expenditure"],
        ["expenditure"],
        Read);

    private static void Read(ActualsRecord record, ActualsBuilder into)
    {
        var context = record.Context;
        var year = record.Read("year", ActualsScalars.Year, required: true);
        var terms = context.SharedSavings(record, "terms");
        var expenditure = record.Amount("expenditure", "expenditure", required: true);
        var memberMonths = record.Count("member_months", "member-months");
        var benchmark = record.Amount("benchmark", "a benchmark");
        var quality = record.Read("quality_score", Scalars.Rate);
        if (quality is { } score && score < Percentage.Zero)
        {
            record.Error("quality_score", DiagnosticCodes.NegativeActual, $"{record.Where("quality_score")}: {score} is negative; a quality score is between 0% and 100%.");
        }

        record.Complete();
        if (year is not { } written || terms is null || expenditure is not { } spent)
        {
            return;
        }

        CheckYear(record, terms, written);
        CheckWhatTheTermsNeed(record, terms);
        into.Benchmarks.Add(new BenchmarkActual(written.Year, terms.Id, spent, memberMonths, benchmark, quality, record.Source));
    }

    private static void CheckYear(ActualsRecord record, SharedSavingsTerms terms, YearValue year)
    {
        if (!terms.Years.Includes(year.Year))
        {
            record.Error("year", DiagnosticCodes.BadPeriod, $"{record.Where("year")}: the shared-savings terms '{terms.Id}' do not apply in {year.Year.Label}, so there is nothing to settle against.");
        }
    }

    private static void CheckWhatTheTermsNeed(ActualsRecord record, SharedSavingsTerms terms)
    {
        var stated = terms.Benchmark;
        if (stated.PerMemberPerMonth is { } rate && !record.Has("member_months"))
        {
            record.ErrorAtRecord(DiagnosticCodes.MissingRequired, $"{record.Name}: 'member_months' is required: the benchmark of '{terms.Id}' is {rate} per member per month.");
        }

        if (stated.PerMemberPerMonth is null && stated.Amount is null && !record.Has("benchmark"))
        {
            record.ErrorAtRecord(DiagnosticCodes.MissingRequired, $"{record.Name}: 'benchmark' is required: the terms '{terms.Id}' state no benchmark.");
        }

        if ((stated.PerMemberPerMonth is not null || stated.Amount is not null) && record.Has("benchmark"))
        {
            var basis = stated.PerMemberPerMonth is not null ? "a rate per member per month" : "an amount by year";
            record.Error("benchmark", DiagnosticCodes.UnknownKey, $"{record.Where("benchmark")}: does not apply: the terms '{terms.Id}' state the benchmark as {basis}, which settlement uses.");
        }

        if (terms.QualityAdjusted && !record.Has("quality_score"))
        {
            record.ErrorAtRecord(DiagnosticCodes.MissingRequired, $"{record.Name}: 'quality_score' is required: the terms '{terms.Id}' are quality-adjusted (without a score, savings would be shared at 0%).");
        }
    }
}
