using CareLedger.Domain;
using CareLedger.Domain.Actuals;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Scope;
using CareLedger.Specs.Actuals;
using CareLedger.Specs.Diagnostics;
using CareLedger.TestSupport.Databases;
using static CareLedger.Specs.Tests.Actuals.ActualsAssert;

namespace CareLedger.Specs.Tests.Actuals;

/// <summary>
/// A table longer than a batch (<see cref="ActualsBuilder.BatchSize"/> rows are checked at a time): rows read in a
/// later batch are kept exactly, and a row that repeats or overlaps one from an earlier batch is still CL010 at the
/// later row, citing the first.
/// </summary>
public sealed class LargeActivityTableTests
{
    private const string File = "activity.csv";
    private const int Rows = (ActualsBuilder.BatchSize * 2) + 500;

    private static readonly Contract Large = ReadContract();
    private static readonly string Table = WriteTable();

    [Fact]
    public void Every_row_of_a_table_longer_than_a_batch_is_kept_with_its_place()
    {
        var actuals = Clean(ActualsLoader.Load(Large, [(File, Table)]));

        Assert.Equal(Rows, actuals.Activity.Count);

        // Data row 2,345 (spreadsheet row 2,347), in the third batch: month 6 of the term, line 39, the first
        // provider, 145 planned and 142 done, as LargeActuals writes it.
        var expected = new ActivityActual(
            Period("2014/15-M06"), Id<Party>.Of("provider-0"), Id<ServiceLine>.Of("line-39"), 145m, 142m, null, null, null, new SourceRef(File, "activity row 2347", 2347, 1));
        Assert.Equal(expected, actuals.Activity[2345]);
    }

    [Fact]
    public void A_row_repeated_a_batch_later_is_CL010_at_the_later_row_citing_the_first()
    {
        var loaded = ActualsLoader.Load(Large, [(File, Table + "2014/15-M01,provider-0,line-0,100,97\n")]);

        Assert.Null(loaded.Actuals);
        var finding = Assert.Single(loaded.Diagnostics);
        Assert.Equal((DiagnosticCodes.Duplicate, Rows + 2, 1), (finding.Code, finding.Location.Line, finding.Location.Column));
        Assert.Equal(
            $"activity row {Rows + 2}: a second row for provider-0, line-0 in 2014/15-M01; the first is at activity.csv:2:1 (activity row 2). Give one row per period, provider and service line.",
            finding.Message);
    }

    [Fact]
    public void A_quarter_overlapping_months_of_an_earlier_batch_cites_the_first_month_it_overlaps()
    {
        // The first provider's line-1 months are data rows 60 to 119; 2014/15-M04 is data row 63, spreadsheet row 65.
        var loaded = ActualsLoader.Load(Large, [(File, Table + "2014/15-Q2,provider-0,line-1,300,300\n")]);

        Assert.Null(loaded.Actuals);
        var finding = Assert.Single(loaded.Diagnostics);
        Assert.Equal((DiagnosticCodes.Duplicate, Rows + 2), (finding.Code, finding.Location.Line));
        Assert.StartsWith(
            $"activity row {Rows + 2}: 2014/15-Q2 for provider-0, line-1 overlaps 2014/15-M04 at activity.csv:65:1 (activity row 65), so the same activity would be counted twice",
            finding.Message,
            StringComparison.Ordinal);
    }

    private static Domain.Periods.ContractPeriod Period(string label) =>
        Large.Term.Calendar.TryParse(label, out var period, out var error) ? period! : throw new InvalidOperationException(error);

    private static Contract ReadContract()
    {
        var loaded = ContractLoader.Load(LargeActuals.ContractYaml(), "large.yaml");
        Assert.True(loaded.Contract is not null && !loaded.HasErrors, string.Join(Environment.NewLine, loaded.Diagnostics));
        return loaded.Contract;
    }

    private static string WriteTable()
    {
        var path = Path.GetTempFileName();
        try
        {
            LargeActuals.WriteActivityCsv(path, Rows);
            return System.IO.File.ReadAllText(path);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }
}
