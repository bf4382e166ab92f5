using CareLedger.Cli.Tests.Support;

namespace CareLedger.Cli.Tests;

public sealed class CliApplicationTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Help_lists_every_command_and_the_exit_codes_and_exits_0()
    {
        var result = _cli.Run("--help");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("careledger [command] [options]", result.Out, StringComparison.Ordinal);
        Assert.Contains("validate <CONTRACT>", result.Out, StringComparison.Ordinal);
        Assert.Contains("templates", result.Out, StringComparison.Ordinal);
        Assert.Contains("init <NAME>", result.Out, StringComparison.Ordinal);
        Assert.Contains("2 usage or file problem", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void No_command_is_a_usage_error_that_names_the_commands()
    {
        var result = _cli.Run();

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Contains("no command given", result.Error, StringComparison.Ordinal);
        Assert.Contains("validate, templates, init", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_command_is_a_usage_error_with_a_suggestion()
    {
        var result = _cli.Run("valdiate", "contract.yaml");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("'valdiate'", result.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'careledger validate'?", result.Error, StringComparison.Ordinal);
        Assert.Contains("careledger --help", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_argument_is_a_usage_error_pointing_at_the_commands_help()
    {
        var result = _cli.Run("validate");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("Required argument missing", result.Error, StringComparison.Ordinal);
        Assert.Contains("careledger validate --help", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        var result = _cli.Run("init", "lambeth-alliance", "--overwrite");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--overwrite", result.Error, StringComparison.Ordinal);
        Assert.Contains("careledger init --help", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_line_on_stderr_names_the_program()
    {
        var result = _cli.Run("valdiate");

        Assert.All(
            result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries),
            line => Assert.StartsWith("careledger: ", line, StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_output_path_for_init_is_a_usage_error()
    {
        var result = _cli.Run("init", "lambeth-alliance", "-o", "");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--output needs a file name", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("forecast")]
    [InlineData("setle")]
    public void An_unknown_command_with_help_is_still_a_usage_error(string command)
    {
        var result = _cli.Run(command, "--help");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Contains($"'{command}'", result.Error, StringComparison.Ordinal);
        Assert.Contains("the commands are: validate, templates, init", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_command_with_help_suggests_the_one_meant()
    {
        var result = _cli.Run("setle", "--help");

        Assert.Contains("did you mean 'careledger settle'?", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("budget")]
    [InlineData("settle")]
    [InlineData("explain")]
    public void Every_command_calls_its_contract_argument_CONTRACT(string command)
    {
        var result = _cli.Run(command, "--help");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains($"careledger {command} <CONTRACT>", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<SPEC>", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<FILE>", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("init")]
    [InlineData("settle")]
    public void Dash_o_is_output_wherever_it_is_taken(string command)
    {
        var result = _cli.Run(command, "--help");

        Assert.Contains("-o, --output", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("--out ", result.Out, StringComparison.Ordinal);
    }
}
