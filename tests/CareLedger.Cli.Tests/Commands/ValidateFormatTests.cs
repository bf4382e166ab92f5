using System.Text.Json;
using CareLedger.Cli.Tests.Support;

namespace CareLedger.Cli.Tests.Commands;

/// <summary>validate prints its findings as JSON or CSV too, each with its field path as well as its line and column.</summary>
public sealed class ValidateFormatTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public ValidateFormatTests() => Assert.Equal(ExitCodes.Ok, _cli.Run("init", "lambeth-alliance").ExitCode);

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Findings_in_JSON_carry_the_field_path_and_exit_1_on_an_error()
    {
        var contract = File.ReadAllText(_cli.Directory.File("lambeth-alliance.yaml"));
        _cli.Directory.Write("bad.yaml", contract.Replace("model: alliance", "model: aliance", StringComparison.Ordinal));

        var result = _cli.Run("validate", "bad.yaml", "--format", "JSON");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        var root = JsonDocument.Parse(result.Out).RootElement;
        Assert.False(root.GetProperty("valid").GetBoolean());
        var finding = root.GetProperty("findings").EnumerateArray().Single(item => item.GetProperty("code").GetString() == "CL009");
        Assert.Equal("contract.model", finding.GetProperty("path").GetString());
        Assert.Equal("bad.yaml", finding.GetProperty("file").GetString());
        Assert.True(finding.GetProperty("line").GetInt32() > 0);
        Assert.Equal("error", finding.GetProperty("severity").GetString());
    }

    [Fact]
    public void A_valid_contract_in_CSV_is_a_header_only_and_exits_0()
    {
        var result = _cli.Run("validate", "lambeth-alliance.yaml", "-f", "csv");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("file,line,column,path,severity,code,message\r\n", result.Out);
    }
}
