using System.Diagnostics;
using CareLedger.Cli.Tests.Support;

namespace CareLedger.Cli.Tests.Commands;

/// <summary>
/// Files that are not what a command expects — devices, pipes, huge files, binary or non-UTF-8 text — are refused
/// with a clear message before they can hang the command or exhaust memory.
/// </summary>
public sealed class InputFileTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    [InlineData("/dev/null")]
    public void A_device_is_refused_before_it_is_read(string device)
    {
        var result = _cli.Run("validate", device);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("is not a regular file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_pipe_is_refused_rather_than_waited_on()
    {
        var fifo = _cli.Directory.File("contract.yaml");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var result = _cli.Run("validate", "contract.yaml");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("is not a regular file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contract_over_the_size_limit_is_refused_unread()
    {
        using (var file = File.Create(_cli.Directory.File("huge.yaml")))
        {
            file.SetLength(4L * 1024 * 1024 + 1);
        }

        var result = _cli.Run("validate", "huge.yaml");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("larger than 4 MiB", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Actuals_over_their_size_limit_are_refused_and_nothing_is_settled()
    {
        Assert.Equal(ExitCodes.Ok, _cli.Run("init", "lambeth-alliance").ExitCode);
        using (var file = File.Create(_cli.Directory.File("huge.csv")))
        {
            file.SetLength(64L * 1024 * 1024 + 1);
        }

        var result = _cli.Run("settle", "lambeth-alliance.yaml", "--actuals", "huge.csv", "--period", "2015/16");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("larger than 64 MiB, the limit for actuals files", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Text_that_is_not_UTF8_is_a_finding_at_its_line_and_column()
    {
        File.WriteAllBytes(_cli.Directory.File("latin1.yaml"), [.. "contract:\n  name: Caf"u8, 0xE9, .. "\n"u8]);

        var result = _cli.Run("validate", "latin1.yaml");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.StartsWith("latin1.yaml:2:12: error CL012: byte 0xE9 is not valid UTF-8.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_NUL_bytes_is_a_binary_file_not_an_empty_one()
    {
        File.WriteAllBytes(_cli.Directory.File("zeros.yaml"), new byte[1_000_000]);

        var result = _cli.Run("validate", "zeros.yaml");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("zeros.yaml:1:1: error CL012", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("empty", result.Error, StringComparison.Ordinal);
    }
}
