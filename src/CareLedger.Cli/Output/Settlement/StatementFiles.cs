using CareLedger.Cli.Commands;
using CareLedger.Domain.Settlement;

namespace CareLedger.Cli.Output.Settlement;

/// <summary>
/// Writes each party's statement to its own file (<c>PARTY-PERIOD.txt|json|csv</c>) for sending to that party, guarded
/// by a <see cref="TerminalWriter"/> like the console, since such files are read with <c>cat</c> and <c>less</c> too.
/// </summary>
internal static class StatementFiles
{
    public static bool Write(PeriodSettlement settlement, OutputFormat format, string directory, CliConsole console)
    {
        var extension = format switch
        {
            OutputFormat.Json => "json",
            OutputFormat.Csv => "csv",
            _ => "txt",
        };

        try
        {
            Directory.CreateDirectory(directory);
            var period = settlement.Period.Label.Replace('/', '-');
            foreach (var statement in settlement.Statements)
            {
                var path = Path.Combine(directory, $"{statement.Party.Id}-{period}.{extension}");
                using var file = new StreamWriter(path);
                using var writer = TerminalWriter.Over(file);
                SettleCommand.Render(settlement, format, writer, false, statement.Party.Id);
            }

            using (var file = new StreamWriter(Path.Combine(directory, $"checks-{period}.txt")))
            using (var checks = TerminalWriter.Over(file))
            {
                SettlementTableRenderer.WriteChecks(settlement, checks);
            }

            console.Error.WriteLine($"Wrote {settlement.Statements.Count} statements and the checks to {directory}");
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            console.WriteProblem($"cannot write statements to '{directory}': {exception.Message} Choose a directory you can write to.");
            return false;
        }
    }
}
