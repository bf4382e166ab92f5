namespace CareLedger.Cli;

/// <summary>
/// The entry point. A named class in this namespace rather than top-level statements: with ASP.NET Core in the
/// build (for <c>careledger serve</c>), top-level statements' <c>Program</c> is made public in the global namespace,
/// where it would clash with other programs that reference this one (the benchmarks).
/// </summary>
internal static class Program
{
    public static int Main(string[] args) => CliApplication.Run(args, Console.Out, Console.Error);
}
