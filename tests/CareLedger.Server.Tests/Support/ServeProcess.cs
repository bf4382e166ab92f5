using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace CareLedger.Server.Tests.Support;

/// <summary>
/// A real <c>careledger serve</c> process (the CLI built beside these tests) on a free loopback port, stopped when
/// disposed. Its printed lines (the address, the demo's sign-ins) are kept for the test to read.
/// </summary>
public sealed partial class ServeProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartPatience = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServeProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; private set; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public int ProcessId => _process.Id;

    /// <summary>Starts <c>careledger serve --port 0</c> with the given database arguments and waits for its address.</summary>
    public static async Task<ServeProcess> StartAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "careledger.dll"));
        start.ArgumentList.Add("serve");
        start.ArgumentList.Add("--port");
        start.ArgumentList.Add("0");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("careledger serve did not start.");
        var server = new ServeProcess(process, new Uri("http://127.0.0.1/"));
        var address = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, line) => server.Record(line.Data, address);
        process.ErrorDataReceived += (_, line) => server.Record(line.Data, null);
        process.Exited += (_, _) => address.TrySetException(new InvalidOperationException($"careledger serve exited with {process.ExitCode}:\n{server.Output}"));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            server.Address = await address.Task.WaitAsync(StartPatience);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    public HttpClient Client() => new() { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(5) };

    /// <summary>True once the server prints a line that <paramref name="wanted"/> accepts; false if it exits first or <paramref name="patience"/> runs out.</summary>
    public async Task<bool> WaitForLineAsync(Func<string, bool> wanted, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            if (Output.Split('\n').Any(line => wanted(line.TrimEnd('\r'))))
            {
                return true;
            }

            await Task.Delay(10);
        }

        return false;
    }

    /// <summary>SIGKILL: the server gets no chance to finish or roll back anything itself.</summary>
    public async Task<int> KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
        return _process.ExitCode;
    }

    private void Record(string? line, TaskCompletionSource<Uri>? address)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (address is not null && ServingLine().Match(line) is { Success: true } match)
        {
            address.TrySetResult(new Uri(match.Groups["address"].Value + "/"));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"^CareLedger is serving .* at (?<address>http://127\.0\.0\.1:\d+)$")]
    private static partial Regex ServingLine();
}
