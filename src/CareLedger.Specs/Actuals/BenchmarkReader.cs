using CareLedger.Domain.SharedSavings;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// Reads <c>shared_savings</c>: a year's expenditure against shared-savings terms, with member-months, a benchmark
/// and a quality score where given (what the terms need is checked by <see cref="Checking.BenchmarkCheck"/>).
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
        var row = new BenchmarkRow(
            record.Text("year", required: true),
            record.Id<SharedSavingsTerms>("terms"),
            record.Amount("expenditure", required: true),
            record.Number("member_months"),
            record.Amount("benchmark"),
            record.Read("quality_score", Scalars.Rate)) { Source = record.Source };
        record.Complete();
        into.Benchmarks.Add(row);
    }
}
