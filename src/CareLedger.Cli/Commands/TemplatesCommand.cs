using System.CommandLine;
using CareLedger.Cli.Output;
using CareLedger.Specs.Templates;

namespace CareLedger.Cli.Commands;

/// <summary><c>careledger templates</c>: lists the contract templates <c>init</c> can write, as a table.</summary>
internal sealed class TemplatesCommand : CliCommand<TemplatesCommand.Settings>
{
    internal sealed record Settings;

    protected override Command Declare() =>
        new("templates", "List the ready-made contracts (one per reference site) that 'careledger init NAME' writes.");

    protected override Settings Bind(ParseResult parse) => new();

    protected override int Execute(Settings settings, CliConsole console)
    {
        // Titles and summaries wrap so that the table fits a terminal about 120 characters wide.
        var table = new TextTable(TableColumn.Left("NAME"), TableColumn.Left("TITLE", maxWidth: 30), TableColumn.Left("SUMMARY", maxWidth: 50));
        foreach (var template in TemplateCatalog.All)
        {
            table.AddRow(template.Name, template.Title, template.Summary);
        }

        table.Write(console.Out, console.UseColour);
        console.Out.WriteLine();
        console.Out.WriteLine("Write one to a file with: careledger init NAME   (then: careledger validate NAME.yaml)");
        return ExitCodes.Ok;
    }
}
