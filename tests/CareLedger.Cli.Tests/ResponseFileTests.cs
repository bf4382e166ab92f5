using CareLedger.Cli.Tests.Support;

namespace CareLedger.Cli.Tests;

/// <summary>An argument starting with '@' is a file name like any other, never a file of more arguments.</summary>
public sealed class ResponseFileTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void An_at_sign_argument_is_not_read_as_a_response_file()
    {
        _cli.Directory.Write("secret.txt", "the first line of a private file\n");

        var result = _cli.Run("@" + _cli.Directory.File("secret.txt"));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.DoesNotContain("the first line of a private file", result.Out + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contract_whose_name_starts_with_an_at_sign_can_be_validated()
    {
        Assert.Equal(ExitCodes.Ok, _cli.Run("init", "lambeth-alliance", "-o", "@c.yaml").ExitCode);

        var result = _cli.Run("validate", "@c.yaml");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("@c.yaml: valid", result.Out, StringComparison.Ordinal);
    }
}
