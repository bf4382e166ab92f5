using System.Data.Common;
using CareLedger.Data.Migrations;

namespace CareLedger.Cli.Commands;

/// <summary>
/// Turns what can go wrong with a database the user pointed at — it cannot be reached, the connection string is
/// malformed, its schema history is not this version's — into one clear message and exit 2, never a stack trace.
/// </summary>
internal static class LedgerFailures
{
    public static int Guard(CliConsole console, Func<int> run)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(run);
        try
        {
            return run();
        }
        catch (MigrationHistoryException exception)
        {
            console.WriteProblem(exception.Message);
        }
        catch (MigrationFailedException exception)
        {
            console.WriteProblem(exception.Message);
        }
        catch (DbException exception)
        {
            console.WriteProblem($"the database could not be used: {exception.Message}");
        }
        catch (ArgumentException exception) when (exception.Source is "Npgsql" or "System.Data.Common")
        {
            console.WriteProblem($"the PostgreSQL connection string is not valid: {exception.Message}");
        }
        catch (FileNotFoundException exception)
        {
            console.WriteProblem(exception.Message);
        }
        catch (UnauthorizedAccessException exception)
        {
            console.WriteProblem($"the database file cannot be opened: {exception.Message}");
        }
        catch (IOException exception)
        {
            console.WriteProblem($"the database file cannot be opened: {exception.Message}");
        }

        return ExitCodes.Usage;
    }
}
