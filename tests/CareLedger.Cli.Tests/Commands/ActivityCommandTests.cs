using CareLedger.Cli.Tests.Support;

namespace CareLedger.Cli.Tests.Commands;

/// <summary>
/// <c>careledger activity</c> end to end: import a generic extract priced from a local list, view spend, generate a
/// contract's baseline and activity actuals from the store, and check that the contract built from them validates and
/// settles with the existing commands.
/// </summary>
public sealed class ActivityCommandTests : IDisposable
{
    private const string Prices = "pod,hrg,unit_cost,activity\nelective,AA01A,1000.0000,3\nelective,AA01B,2000.5000,1\noutpatient,WF01A,120.2500,10\noutpatient,WF01B,150.0000,30\nae,VB09Z,177.0078,5\n";

    // Two financial years: 2022/23 is the plan, 2023/24 the baseline and the year settled.
    private const string Activity = """
        patient_id,record_id,date,provider,pod,hrg,units,age,sex,diagnosis
        P1,R0,2022-04-12,RX1,outpatient,WF01A,2,69,M,I500
        P2,R00,2022-05-03,RX2,outpatient,WF01B,1,44,F,
        P1,R1,2023-04-10,RX1,elective,AA01A,1,70,M,I500
        P1,R2,2023-04-21,RX1,outpatient,WF01A,3,70,M,I500
        P2,R3,2023-05-20,RX1,elective,ZZ99Z,1,45,F,K358
        P2,R4,2023-05-01,RX2,outpatient,,2,45,F,
        P3,R5,2023-06-15,RX2,ae,VB09Z,1,8,F,S52
        P3,R6,2024-01-05,RX2,outpatient,WF01B,1,8,F,

        """;

    private const string ContractHead = """
        careledger: 1
        contract:
          id: riverside-acute
          name: Riverside acute alliance
          model: alliance
          term: { start: 2023-04, years: 2 }
        parties:
          - { id: riverside-icb, name: Riverside ICB, roles: [commissioner] }
          - { id: rx1, name: Riverside Hospital, roles: [provider] }
          - { id: rx2, name: Eastside Hospital, roles: [provider] }
        service_lines:
          - { id: elective, name: Elective care }
          - { id: outpatients, name: Outpatients }
          - { id: a-and-e, name: Accident and emergency }

        """;

    private const string ContractTail = """
        payment:
          fixed: { share: 95%, instalments: monthly }
          variable:
            share: 5%
            mechanisms:
              - { id: outpatient-volume, kind: volume, name: Outpatients against plan, service_lines: [outpatients], providers: [rx1, rx2], above_plan_rate: 75%, below_plan_rate: 50% }

        """;

    private readonly CliRunner _cli = new();

    private string[] Workspace => ["--data-folder", _cli.Directory.File("data")];

    [Fact]
    public void A_baseline_and_actuals_built_from_the_store_validate_and_settle()
    {
        Import();

        var baseline = _cli.Run(["activity", "baseline", "--year", "2023/24", .. Workspace]);
        Assert.Equal(0, baseline.ExitCode);
        Assert.Contains("      provider: rx1\n      amount: 2250.13\n      basis: activity-x-tariff", baseline.Out, StringComparison.Ordinal);
        var contract = _cli.Directory.Write("riverside.yaml", ContractHead + baseline.Out + ContractTail);
        var validate = _cli.Run("validate", contract);
        Assert.True(validate.ExitCode == 0, validate.ToString());

        var actuals = _cli.Run(["activity", "actuals", "--year", "2023/24", "-o", "actuals.csv", .. Workspace]);
        Assert.Equal(0, actuals.ExitCode);
        var table = File.ReadAllText(_cli.Directory.File("actuals.csv"));
        Assert.Contains("2023/24-M01,rx1,outpatients,2,3,120.25,360.75", table, StringComparison.Ordinal);

        var settle = _cli.Run("settle", contract, "--actuals", _cli.Directory.File("actuals.csv"), "--period", "2023/24-M01", "--provisional");
        Assert.True(settle.ExitCode == 0, settle.ToString());
        Assert.Contains("rx1", settle.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Spend_by_provider_and_point_of_delivery_prints_as_csv_with_plain_amounts()
    {
        Import();

        var report = _cli.Run(["activity", "report", "--by", "provider-pod", "--format", "csv", .. Workspace]);

        Assert.Equal(0, report.ExitCode);
        Assert.Contains("RX1,elective,elective,2,2,2,0,2250.13,", report.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_more_than_fifty_bad_rows_lists_fifty_and_writes_all_to_a_problems_file()
    {
        var rows = string.Concat(Enumerable.Range(1, 60).Select(i => $"P{i},R{i},2023-02-30,RX1,elective,AA01A,1,70,M,\n"));
        var file = _cli.Directory.Write("bad.csv", "patient_id,record_id,date,provider,pod,hrg,units,age,sex,diagnosis\n" + rows);

        var result = _cli.Run(["activity", "import", file, "--layout", "generic", "--prices", _cli.Directory.Write("prices.csv", Prices), .. Workspace]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bad.csv:2: date '2023-02-30' is not a date", result.Error, StringComparison.Ordinal);
        Assert.Contains("60 problems: nothing was imported", result.Error, StringComparison.Ordinal);
        Assert.Equal(61, File.ReadAllLines(_cli.Directory.File("bad.csv.problems.csv")).Length);
    }

    [Fact]
    public void An_unknown_layout_or_a_bad_workspace_name_is_a_usage_error()
    {
        Assert.Equal(2, _cli.Run("activity", "import", "x.csv", "--layout", "sus").ExitCode);
        Assert.Equal(2, _cli.Run("activity", "report", "--workspace", "../etc").ExitCode);
        Assert.Equal(2, _cli.Run(["activity", "baseline", "--year", "2023-24", .. Workspace]).ExitCode);
    }

    [Fact]
    public void Reporting_on_a_workspace_with_no_activity_says_how_to_import_some()
    {
        var result = _cli.Run(["activity", "report", .. Workspace]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("careledger activity import", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();

    private void Import()
    {
        var result = _cli.Run(["activity", "import", _cli.Directory.Write("activity.csv", Activity), "--layout", "generic",
            "--prices", _cli.Directory.Write("prices.csv", Prices), .. Workspace]);
        Assert.True(result.ExitCode == 0, result.ToString());
    }
}
