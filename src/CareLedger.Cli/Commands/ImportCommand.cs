using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using CareLedger.Application.Inputs;
using CareLedger.Data.Audit;
using CareLedger.Data.Contracts;
using CareLedger.Data.Imports;
using CareLedger.Data.Migrations;
using CareLedger.Data.Storage;

namespace CareLedger.Cli.Commands;

/// <summary>
/// <c>careledger import CONTRACT_ID FILE... [--db PATH | --postgres CONNSTR] [--replace IMPORT_ID]</c>: imports files of
/// actuals (YAML, CSV tables, Excel workbooks) into the ledger for a stored contract, all or nothing. Exit 0 with
/// what was imported (or that it already was); exit 1 with every problem, each at its file, row and column, and
/// nothing imported.
/// </summary>
internal sealed class ImportCommand : CliCommand<ImportCommand.Settings>
{
    private readonly Argument<string> _contract = new("CONTRACT_ID") { Description = "The id of a contract in the ledger (its 'id:'), e.g. mid-notts-better-together." };

    private readonly Argument<string[]> _files = new("FILE") { Description = "Files of actuals: YAML, CSV tables or an Excel workbook (.xlsx).", Arity = ArgumentArity.OneOrMore };

    private readonly Option<string?> _replace = new("--replace")
    {
        Description = "An earlier import these files correct (its id, or its number): it is kept, but no longer counts.",
        HelpName = "IMPORT_ID",
    };

    private readonly LedgerOptions _ledger = new();

    internal sealed record Settings(string ContractId, string[] Files, string? Replace, LedgerChoice Ledger);

    protected override Command Declare() =>
        new("import", "Import actuals into the ledger for a stored contract: checked completely, all or nothing, never counted twice.")
        {
            _contract,
            _files,
            _replace,
            _ledger.Sqlite,
            _ledger.Postgres,
        };

    protected override Settings Bind(ParseResult parse) =>
        new(parse.GetValue(_contract) ?? string.Empty, parse.GetValue(_files) ?? [], parse.GetValue(_replace), _ledger.Bind(parse));

    protected override SettingsCheck Check(Settings settings) => settings switch
    {
        { ContractId: var id } when string.IsNullOrWhiteSpace(id) => SettingsCheck.Fail("CONTRACT_ID is empty; give the id of a contract in the ledger."),
        { Replace: { } replace } when string.IsNullOrWhiteSpace(replace) => SettingsCheck.Fail("--replace needs the import to replace, e.g. '--replace 3'."),
        { Ledger.Problem: { } problem } => SettingsCheck.Fail(problem),
        _ => SettingsCheck.Ok,
    };

    protected override int Execute(Settings settings, CliConsole console)
    {
        var files = new List<ImportFile>();
        foreach (var path in settings.Files)
        {
            var read = InputFile.ReadBytes(path, console, InputLimits.ActualsBytes, "actuals");
            if (read.Content is not { } content)
            {
                return read.ExitCode;
            }

            files.Add(new ImportFile(path, content));
        }

        LedgerDatabase database;
        try
        {
            database = settings.Ledger.Open(console);
        }
        catch (ArgumentException exception)
        {
            console.WriteProblem($"--postgres: the connection string does not read ({exception.Message}); write it as 'Host=HOST;Database=NAME;Username=USER'.");
            return ExitCodes.Usage;
        }

        try
        {
            new MigrationRunner(database).MigrateAsync().GetAwaiter().GetResult();
            var audit = new AuditTrail();
            var imports = new ActualsImports(database, new ContractVersions(database, audit), audit);
            var result = imports.ImportAsync(new ImportRequest(settings.ContractId, files, settings.Replace), Actor.CommandLine(), new StageReport(console)).GetAwaiter().GetResult();
            Diagnostics.Print(result.Diagnostics, console);
            if (result.Problem is { } problem)
            {
                console.WriteProblem((problem.Field == "replace" ? "--replace: " : string.Empty) + problem.Message);
                return ExitCodes.Usage;
            }

            if (result.Value is not { } outcome)
            {
                console.WriteProblem("the actuals have errors (listed above), so nothing was imported; fix them and import the files again.");
                return ExitCodes.Findings;
            }

            Report(outcome, console);
            return ExitCodes.Ok;
        }
        catch (Exception exception) when (exception is DbException or MigrationHistoryException or MigrationFailedException or InvalidOperationException { InnerException: DbException })
        {
            console.WriteProblem($"cannot use the ledger at {database.Description}: {exception.GetBaseException().Message} Check that it is a CareLedger ledger you can write to.");
            return ExitCodes.Usage;
        }
    }

    private static void Report(ImportOutcome outcome, CliConsole console)
    {
        foreach (var file in outcome.Files)
        {
            var import = file.Import;
            console.Out.WriteLine(file.AlreadyImported
                ? $"{import.FileName}: already imported as {import.Id} (at {import.CreatedAt}); not counted again."
                : $"{import.FileName}: imported as {import.Id} ({import.Format}, {import.RowCount.ToString("N0", CultureInfo.InvariantCulture)} rows).");
        }

        if (outcome.Replaced is { } replaced)
        {
            console.Out.WriteLine($"{replaced.Id} ({replaced.FileName}) is replaced: kept in the ledger, no longer counted.");
        }
    }

    /// <summary>
    /// Says on standard error when checking and writing begin, at once (a large file takes seconds to check), so a
    /// person or a script watching knows the import is under way.
    /// </summary>
    private sealed class StageReport(CliConsole console) : IProgress<ImportStage>
    {
        public void Report(ImportStage value)
        {
            console.Error.WriteLine(value == ImportStage.Checking ? "careledger: checking every row…" : "careledger: writing…");
            console.Error.Flush();
        }
    }
}
