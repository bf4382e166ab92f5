namespace CareLedger.Cli;

/// <summary>
/// Ctrl+C for a long-running command: while this is alive, Ctrl+C cancels <see cref="Token"/> instead of ending the
/// process, so the command can stop its work, say that nothing was written and exit with its own code. Disposing
/// stops listening, so a second Ctrl+C after the command has finished ends the process as usual.
/// </summary>
internal sealed class ConsoleCancellation : IDisposable
{
    private readonly CancellationTokenSource _source = new();

    public ConsoleCancellation() => Console.CancelKeyPress += OnCancel;

    /// <summary>Cancelled when Ctrl+C is pressed.</summary>
    public CancellationToken Token => _source.Token;

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancel;
        _source.Dispose();
    }

    private void OnCancel(object? sender, ConsoleCancelEventArgs args)
    {
        args.Cancel = true;
        _source.Cancel();
    }
}
