using System.CommandLine;
using CareLedger.Application;
using CareLedger.Application.Actuals;
using CareLedger.Application.Budgets;
using CareLedger.Application.Contracts;
using CareLedger.Application.Settlement;
using CareLedger.Cli.Output;
using CareLedger.Cli.Output.Budget;
using CareLedger.Cli.Output.Settlement;
using CareLedger.Domain.Settlement;
using CareLedger.Specs.Templates;

namespace CareLedger.Cli.Commands;

/// <summary>
/// <c>careledger demo</c>: a tour for a newcomer. Shows what validation finds in the Mid-Nottinghamshire outcomes
/// framework exactly as published (the <c>mid-notts-alliance-as-published</c> template), then, with the corrected
/// <c>mid-notts-alliance</c> template, prints the first year's budget and allocation and the budget over the term,
/// settles a full year against the template's example actuals (statements, checks and one explanation), and says
/// what to try next. Needs no files.
/// </summary>
internal sealed class DemoCommand : CliCommand<DemoCommand.Settings>
{
    private const string TemplateName = "mid-notts-alliance";

    internal sealed record Settings;

    protected override Command Declare() =>
        new("demo", "A guided tour: the Mid-Nottinghamshire alliance's budget and allocation, computed and explained.");

    protected override Settings Bind(ParseResult parse) => new();

    protected override int Execute(Settings settings, CliConsole console)
    {
        var output = console.Out;
        var template = TemplateCatalog.Find(TemplateName)
            ?? throw new InvalidOperationException($"The '{TemplateName}' template is missing from this build.");
        var published = TemplateCatalog.MidNottsAsPublished;
        var findings = new ContractService().Check(new SourceText(published.Name + ".yaml", published.Yaml));
        var contract = new ContractService().Open(new SourceText(TemplateName + ".yaml", template.Yaml)).Value?.Contract
            ?? throw new InvalidOperationException($"The '{TemplateName}' template does not validate.");

        Heading(output, "CareLedger demo: " + template.Title);
        output.WriteLine("CareLedger keeps an integrated-care contract as code: a YAML file that says who the parties are,");
        output.WriteLine("what is in scope, how the budget is built and how it reaches each provider. From it, every figure");
        output.WriteLine("is computed exactly to the penny, and can be traced back to the line of the contract it came from.");
        output.WriteLine();
        output.WriteLine($"This tour uses the '{TemplateName}' template: {template.Summary}");

        Heading(output, "1. Checking the contract");
        output.WriteLine("'careledger validate' reads the file and reports every problem with its line and column.");
        output.WriteLine($"The '{published.Name}' template holds the 2016/17 outcomes framework exactly as the");
        output.WriteLine("alliance published it, and validating it reports:");
        output.WriteLine();
        foreach (var diagnostic in findings.Diagnostics)
        {
            output.WriteLine("  " + diagnostic);
        }

        output.WriteLine();
        output.WriteLine("1% of the outcome pot is tied to no indicator. Errors stop 'budget' and 'settle' until they are put right,");
        output.WriteLine($"so a contract team would agree the missing 1% before signing. The '{TemplateName}' template assumes it");
        output.WriteLine("belongs to the end-of-life action plan (5%, not 4%; marked '# ASSUMPTION:'), validates clean, and is");
        output.WriteLine("used for the rest of this tour.");

        var report = new BudgetService().Compute(contract, contract.Term.Calendar.Years[0].Label).Value!;
        Heading(output, "2. The first year's budget and how it reaches each provider");
        output.WriteLine("Each adjustment is a visible step; top slices come off before allocation; each provider's contract");
        output.WriteLine("value is split into fixed, variable, outcome and fee elements that add up to it exactly.");
        output.WriteLine();
        BudgetTableRenderer.Write(report, output, console.UseColour);

        Heading(output, "3. Over the whole term");
        var plan = new BudgetService().Compute(contract).Value!.Plan;
        var table = new TextTable(TableColumn.Left("Year"), TableColumn.Right("Before top slices"), TableColumn.Right("Top slices"), TableColumn.Right("Whole-population budget"));
        foreach (var year in plan.Years)
        {
            table.AddRow(year.Year.Label, AmountText.Display(year.GrossBudget), AmountText.Display(year.TopSliceTotal.Negate()), AmountText.Display(year.WholePopulationBudget));
        }

        table.AddRow("Term", string.Empty, string.Empty, AmountText.Display(plan.TermTotal));
        table.Write(output, console.UseColour);

        WriteSettlement(template, contract, output, console.UseColour);

        Heading(output, "What to try next");
        output.WriteLine($"  careledger init {TemplateName}            write this contract to {TemplateName}.yaml and edit it");
        output.WriteLine($"  careledger init {published.Name}    the framework as published, to validate yourself");
        output.WriteLine($"  careledger validate {TemplateName}.yaml   check your edits; every problem names its line and column");
        output.WriteLine($"  careledger budget {TemplateName}.yaml --year 2017/18");
        output.WriteLine($"  careledger budget {TemplateName}.yaml --format csv > budget.csv    open it in a spreadsheet");
        output.WriteLine($"  careledger init {TemplateName} --actuals    a year of example actuals, then:");
        output.WriteLine($"  careledger settle {TemplateName}.yaml --actuals {TemplateName}.actuals.yaml --period {template.ActualsYear}");
        output.WriteLine($"  careledger settle {TemplateName}.yaml --actuals {TemplateName}.actuals.yaml --period {template.ActualsYear}-M01");
        output.WriteLine($"  careledger explain {TemplateName}.yaml --actuals {TemplateName}.actuals.yaml --period {template.ActualsYear} --party sherwood-forest");
        output.WriteLine("  careledger templates                     the other sites: Bedfordshire, Cambridgeshire, Salford, Lambeth, Staffordshire");
        output.WriteLine();
        output.WriteLine("The contract format is documented in docs/contract-spec.md; the commands in docs/user-guide.md.");
        return ExitCodes.Ok;
    }

    private static void WriteSettlement(ContractTemplate template, Domain.Contracts.Contract contract, TextWriter output, bool useColour)
    {
        var actuals = new ActualsService().Load(contract, [new SourceText(TemplateName + ".actuals.yaml", template.ActualsYaml)]).Value
            ?? throw new InvalidOperationException($"The '{TemplateName}' example actuals could not be read.");
        var settled = new SettlementService().Settle(contract, actuals, template.ActualsYear);
        var settlement = settled.Value
            ?? throw new InvalidOperationException($"The '{TemplateName}' example actuals name a year the contract lacks: {settled.Problem?.Message}");

        Heading(output, $"4. Settling {template.ActualsYear}");
        output.WriteLine("Each month the commissioners pay instalments and activity on account; at year end the outcome payment,");
        output.WriteLine("the variable element's true-up and the risk/reward share are settled, less what the months already paid.");
        output.WriteLine("Every party gets a statement; together they sum to zero, and the checks below prove it.");
        output.WriteLine();
        var table = new TextTable(TableColumn.Left("Party", 44), TableColumn.Right("For the year"), TableColumn.Right("Paid on account"), TableColumn.Right("Due at year end"));
        foreach (var statement in settlement.Statements)
        {
            var entitlement = settlement.EntitlementOf(statement.Party.Id);
            table.AddRow(statement.Party.Name, AmountText.Display(entitlement), AmountText.Display(entitlement - statement.Total), AmountText.Display(statement.Total));
        }

        table.Write(output, useColour);
        output.WriteLine();
        output.WriteLine($"Paid out by the commissioners and funders for the year: {AmountText.Display(settlement.CommissionerOutflowForPeriod)}, of which {AmountText.Display(settlement.CommissionerOutflow)} at year end.");
        output.WriteLine();
        SettlementTableRenderer.WriteChecks(settlement, output);

        var provider = settlement.Statements.First(statement => statement.Party.IsPayable && statement.Lines.Any(line => line.Element == StatementElement.RiskShare));
        output.WriteLine();
        output.WriteLine($"One provider's year-end statement — {provider.Party.Name}:");
        output.WriteLine();
        SettlementTableRenderer.WriteStatement(settlement, provider, output, useColour);

        var line = provider.Lines.First(candidate => candidate.Element == StatementElement.RiskShare);
        output.WriteLine();
        output.WriteLine("And how one figure was derived ('careledger explain'), down to the contract key and the actuals row:");
        output.WriteLine();
        ExplanationRenderer.WriteText(settlement, [line], output);
    }

    private static void Heading(TextWriter output, string text)
    {
        output.WriteLine();
        output.WriteLine(text);
        output.WriteLine(new string('=', text.Length));
    }
}
