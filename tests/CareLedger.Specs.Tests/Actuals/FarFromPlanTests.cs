using CareLedger.Specs.Diagnostics;
using static CareLedger.Specs.Tests.Actuals.ActualsAssert;

namespace CareLedger.Specs.Tests.Actuals;

/// <summary>
/// Activity far outside its plan (more than 3× it, or less than a third of it) is a warning at the value, CL808: it
/// may be true, so the actuals still load and settle, but it is usually a slip such as 6,060 typed for 606.
/// </summary>
public sealed class FarFromPlanTests
{
    [Theory]
    [InlineData("606", "6060", "actual 6,060 is 10× the planned 606")]
    [InlineData("606", "201", "actual 201 is 0.33× the planned 606")]
    public void Activity_beyond_three_times_or_a_third_of_plan_is_a_warning_at_its_actual(string planned, string actual, string phrase)
    {
        var row = $"  - {{ period: 2016/17-M01, provider: acute, service_line: urgent-care, planned: {planned}, actual: {actual} }}";
        var loaded = Load(Header + "activity:\n" + row + "\n");

        // The row is line 4 (after the two header lines and 'activity:'); the warning is at the actual's value.
        var warning = Assert.Single(loaded.Diagnostics);
        var column = row.IndexOf("actual: ", StringComparison.Ordinal) + "actual: ".Length + 1;
        Assert.Equal((DiagnosticCodes.FarFromPlan, Severity.Warning, 4, column), (warning.Code, warning.Severity, warning.Location.Line, warning.Location.Column));
        Assert.Equal("activity[0].actual", warning.Path.ToString());
        Assert.Contains(phrase, warning.Message, StringComparison.Ordinal);
        Assert.Contains("more than 3× the plan or less than a third of it", warning.Message, StringComparison.Ordinal);
        Assert.NotNull(loaded.Actuals);
    }

    [Theory]
    [InlineData("606", "1818")]
    [InlineData("606", "202")]
    [InlineData("0", "40")]
    public void Activity_within_three_times_plan_either_way_or_against_no_plan_is_not_judged(string planned, string actual)
    {
        Clean(Header + $"activity:\n  - {{ period: 2016/17-M01, provider: acute, service_line: urgent-care, planned: {planned}, actual: {actual} }}\n");
    }

    [Fact]
    public void A_csv_row_far_from_plan_is_warned_at_its_row_and_column()
    {
        var loaded = Load("period,provider,service_line,planned,actual\n2016/17-M01,acute,urgent-care,606,6060\n", CsvFile);

        var warning = Assert.Single(loaded.Diagnostics);
        Assert.Equal((DiagnosticCodes.FarFromPlan, CsvFile, 2, 5), (warning.Code, warning.Location.File, warning.Location.Line, warning.Location.Column));
        Assert.StartsWith("activity row 2, column 'actual': actual 6,060 is 10× the planned 606", warning.Message, StringComparison.Ordinal);
    }
}
