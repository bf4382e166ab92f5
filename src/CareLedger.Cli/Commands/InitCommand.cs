using System.CommandLine;
using CareLedger.Application;
using CareLedger.Application.Templates;
using CareLedger.Specs.Templates;

namespace CareLedger.Cli.Commands;

/// <summary>
/// <c>careledger init NAME [--actuals [--format yaml|csv|xlsx]] [-o FILE|DIR|-] [--force]</c>: writes a template contract
/// (and beside it, NAME.scenario.yaml, its scenario for project and simulate) to
/// a file (default <c>NAME.yaml</c> in the current directory), or with <c>--actuals</c> the template's example year of
/// actuals: YAML (default <c>NAME.actuals.yaml</c>), one CSV table per section in a folder (default
/// <c>NAME.actuals/</c>) or an Excel workbook with a sheet per section (default <c>NAME.actuals.xlsx</c>). <c>-o -</c> writes a YAML file to standard output. Says what to do next. Never overwrites a
/// file unless <c>--force</c> is given. The texts come from <see cref="TemplateService"/>; this command only writes them.
/// </summary>
internal sealed class InitCommand : CliCommand<InitCommand.Settings>
{
    /// <summary>The <c>-o</c> value that means standard output, as for most Unix tools.</summary>
    private const string StandardOutput = "-";

    private static readonly string[] Formats = ["yaml", "csv", "xlsx"];

    private readonly Argument<string> _name = new("NAME")
    {
        Description = "The template to write; 'careledger templates' lists them.",
    };

    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "Where to write: a file (a folder for --format csv), or - for standard output. "
            + "Default: NAME.yaml, NAME.actuals.yaml with --actuals, NAME.actuals/ with --actuals --format csv, NAME.actuals.xlsx with --format xlsx.",
        HelpName = "FILE|DIR|-",
    };

    private readonly Option<bool> _actuals = new("--actuals")
    {
        Description = "Write the template's example actuals (a realistic contract year to settle) instead of the contract.",
    };

    private readonly Option<string> _format = new("--format", "-f")
    {
        Description = "With --actuals: yaml (one file), csv (one table per section, in a folder) or xlsx (an Excel workbook, a sheet per section).",
        HelpName = "yaml|csv|xlsx",
        DefaultValueFactory = _ => "yaml",
    };

    private readonly Option<bool> _force = new("--force")
    {
        Description = "Replace files that already exist.",
    };

    internal sealed record Settings(string Name, string? Output, bool Force, bool Actuals, bool Csv, bool Xlsx = false)
    {
        /// <summary>The path as the user would type it, for messages and the next steps.</summary>
        public string Target => Output ?? (Xlsx && Actuals ? Name + ".actuals.xlsx" : DefaultTarget(Name, Actuals, Csv));

        public bool ToStandardOutput => Output == StandardOutput;
    }

    protected override Command Declare()
    {
        _format.Validators.Add(result =>
        {
            var written = result.GetValueOrDefault<string>();
            if (written is not null && !Formats.Contains(written.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                result.AddError($"--format '{written}' is not a format for init; use yaml, csv or xlsx (with --actuals).");
            }
        });
        return new("init", "Write a ready-made contract file to start from, e.g. 'careledger init bedfordshire-msk-prime'; with --actuals, a year of example actuals for it (YAML, CSV tables with --format csv, or a workbook with --format xlsx).")
        {
            _name,
            _actuals,
            _format,
            _output,
            _force,
        };
    }

    protected override Settings Bind(ParseResult parse) =>
        new(
            parse.GetRequiredValue(_name),
            parse.GetValue(_output),
            parse.GetValue(_force),
            parse.GetValue(_actuals),
            string.Equals(parse.GetValue(_format)?.Trim(), "csv", StringComparison.OrdinalIgnoreCase),
            string.Equals(parse.GetValue(_format)?.Trim(), "xlsx", StringComparison.OrdinalIgnoreCase));

    protected override SettingsCheck Check(Settings settings) => settings switch
    {
        { Output: { } output } when string.IsNullOrWhiteSpace(output) => SettingsCheck.Fail(settings.Csv
            ? "--output needs a folder name, e.g. '-o actuals'; an empty one would write into the current folder."
            : "--output needs a file name, e.g. '-o contract.yaml', or - for standard output."),
        { Csv: true, Actuals: false } => SettingsCheck.Fail(
            "--format csv is for --actuals: a contract is written as YAML only. Add --actuals for the example actuals as CSV tables."),
        { Xlsx: true, Actuals: false } => SettingsCheck.Fail(
            "--format xlsx is for --actuals: a contract is written as YAML only. Add --actuals for the example actuals as a workbook."),
        { Xlsx: true, ToStandardOutput: true } => SettingsCheck.Fail(
            "a workbook is not text, so it does not go to standard output. Give a file with -o FILE, or leave -o out."),
        { Csv: true, ToStandardOutput: true } => SettingsCheck.Fail(
            "the CSV tables are one file per section, so they cannot go to standard output. Give a folder with -o DIR, or leave -o out."),
        _ => SettingsCheck.Ok,
    };

    protected override int Execute(Settings settings, CliConsole console)
    {
        var templates = new TemplateService();
        var found = templates.Find(settings.Name);
        if (found.Value is not { } template)
        {
            console.WriteProblem($"{found.Problem!.Message} Run 'careledger templates' to see what each one is.");
            return ExitCodes.Usage;
        }

        if (settings.Csv)
        {
            return WriteTables(template, settings, templates.RenderActualsTables(template.Name).Value!, console);
        }

        if (settings.Xlsx)
        {
            return WriteWorkbook(template, settings, templates.RenderActualsWorkbook(template.Name).Value!, console);
        }

        var text = templates.Render(template.Name, settings.Actuals).Value!;
        if (settings.ToStandardOutput)
        {
            // The file itself is the output, so nothing else may be printed there.
            console.Out.Write(text.Text);
            return ExitCodes.Ok;
        }

        var problem = TemplateFiles.WriteFile(console.Resolve(settings.Target), settings.Target, text.Text, settings.Force, text.Name);
        if (problem is not null)
        {
            console.WriteProblem(problem);
            return ExitCodes.Usage;
        }

        if (settings.Actuals)
        {
            SayNextForActuals(
                template,
                settings.Target,
                $"--actuals {Quoted(settings.Target)}",
                "Every made-up figure is marked '# ILLUSTRATIVE:'; replace them with your own year. docs/actuals-spec.md explains every key.",
                console);
            return ExitCodes.Ok;
        }

        var target = Quoted(settings.Target);
        var scenario = WriteScenario(templates.Scenario(template), settings, console);
        console.Out.WriteLine($"Wrote {settings.Target}: {template.Title}.");
        if (scenario is { Written: var written, Path: var path })
        {
            console.Out.WriteLine(written
                ? $"Wrote {path}: a scenario for projecting and simulating it."
                : $"Kept the existing {path} (add --force to replace it with the template's scenario).");
        }

        console.Out.WriteLine();
        console.Out.WriteLine("Next:");
        console.Out.WriteLine($"  careledger validate {target}    check it; fix anything it reports");
        console.Out.WriteLine($"  careledger budget {target}      see the budget it sets, year by year");
        if (scenario is { Path: var scenarioPath })
        {
            console.Out.WriteLine($"  careledger project {target} --scenario {Quoted(scenarioPath)}    each party's position year by year before signing");
            console.Out.WriteLine($"  careledger simulate {target} --scenario {Quoted(scenarioPath)}   how likely each outcome is");
        }

        console.Out.WriteLine();
        console.Out.WriteLine("Edit the file to describe your own contract; docs/contract-spec.md explains every key.");
        return ExitCodes.Ok;
    }

    /// <summary>
    /// Writes the template's scenario beside the contract, named after it (<c>x.yaml</c> → <c>x.scenario.yaml</c>).
    /// An existing scenario is kept unless <c>--force</c>: the contract is what was asked for, so keeping a scenario
    /// the user has edited is said, not an error. Null when the template has no scenario.
    /// </summary>
    private static (bool Written, string Path)? WriteScenario(SourceText? scenario, Settings settings, CliConsole console)
    {
        if (scenario is null)
        {
            return null;
        }

        var stem = settings.Target.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) ? settings.Target[..^".yaml".Length] : settings.Target;
        var path = stem + ".scenario.yaml";
        var full = console.Resolve(path);
        if (File.Exists(full) && !settings.Force)
        {
            return (false, path);
        }

        var problem = TemplateFiles.WriteFile(full, path, scenario.Text, settings.Force, scenario.Name);
        if (problem is not null)
        {
            console.WriteProblem(problem);
            return null;
        }

        return (true, path);
    }

    private static int WriteTables(ContractTemplate template, Settings settings, IReadOnlyList<SourceText> tables, CliConsole console)
    {
        var problem = TemplateFiles.WriteFolder(console.Resolve(settings.Target), settings.Target, tables, settings.Force);
        if (problem is not null)
        {
            console.WriteProblem(problem);
            return ExitCodes.Usage;
        }

        var folder = Path.TrimEndingDirectorySeparator(settings.Target);
        SayNextForActuals(
            template,
            $"{folder}/ ({string.Join(", ", tables.Select(table => table.Name))})",
            $"--actuals {Quoted(folder)}/*.csv",
            $"The figures are made up; 'careledger init {template.Name} --actuals' writes them as YAML with each one explained. "
                + "Replace them with your own year; docs/actuals-spec.md explains every column.",
            console);
        return ExitCodes.Ok;
    }

    private static int WriteWorkbook(ContractTemplate template, Settings settings, byte[] workbook, CliConsole console)
    {
        var problem = TemplateFiles.WriteFile(console.Resolve(settings.Target), settings.Target, workbook, settings.Force, template.Name + ".actuals.xlsx");
        if (problem is not null)
        {
            console.WriteProblem(problem);
            return ExitCodes.Usage;
        }

        SayNextForActuals(
            template,
            $"{settings.Target} (a sheet per section)",
            $"--actuals {Quoted(settings.Target)}",
            $"The figures are made up; 'careledger init {template.Name} --actuals' writes them as YAML with each one explained. "
                + "Replace them with your own year (values, not formulas); docs/actuals-spec.md explains every column.",
            console);
        return ExitCodes.Ok;
    }

    private static string DefaultTarget(string name, bool actuals, bool csv) =>
        name + (!actuals ? ".yaml" : csv ? ".actuals" : ".actuals.yaml");

    private static void SayNextForActuals(ContractTemplate template, string wrote, string actualsArguments, string closing, CliConsole console)
    {
        var contract = DefaultTarget(template.Name, actuals: false, csv: false);
        console.Out.WriteLine($"Wrote {wrote}: example actuals for {template.ActualsYear} of the {template.Title} template.");
        console.Out.WriteLine();
        console.Out.WriteLine("Next:");
        console.Out.WriteLine($"  careledger init {template.Name}    write the contract they are for ({contract}), if you have not");
        console.Out.WriteLine($"  careledger settle {contract} {actualsArguments} --period {template.ActualsYear}    settle the year");
        console.Out.WriteLine();
        console.Out.WriteLine(closing);
    }

    private static string Quoted(string path) =>
        path.Any(character => char.IsWhiteSpace(character) || "'\"$`\\*?[".Contains(character, StringComparison.Ordinal))
            ? "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'"
            : path;
}
