using CareLedger.Data.Accounts;
using CareLedger.Data.Storage;

namespace CareLedger.Server;

/// <summary>
/// How one server process runs: where the records are, where it listens, and the few limits an operator (or a test)
/// may change. Everything that must be shared between servers lives in <see cref="Database"/>, never here.
/// </summary>
public sealed record ServerSettings(LedgerDatabase Database)
{
    /// <summary>The port CareLedger listens on when none is given.</summary>
    public const int DefaultPort = 5080;

    /// <summary>The loopback port; 0 picks a free one (the address is printed and readable from the started app).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>The interface to listen on: loopback unless an operator puts a reverse proxy in front deliberately.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>Failed sign-ins allowed before an email or a remote address must wait (held in the database).</summary>
    public SignInLimits SignInLimits { get; init; } = SignInLimits.Default;

    /// <summary>Sign-in requests one remote address may make per minute to one server, before any password is checked.</summary>
    public int SignInRequestsPerMinute { get; init; } = 20;

    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
