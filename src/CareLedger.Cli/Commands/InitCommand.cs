using System.CommandLine;
using System.Text;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Templates;

namespace CareLedger.Cli.Commands;

/// <summary>
/// <c>careledger init NAME [--actuals] [-o FILE] [--force]</c>: writes a template contract to a file (default
/// <c>NAME.yaml</c> in the current directory), or with <c>--actuals</c> the template's example year of actuals
/// (default <c>NAME.actuals.yaml</c>), and says what to do next. Never overwrites a file unless <c>--force</c> is
/// given.
/// </summary>
internal sealed class InitCommand : CliCommand<InitCommand.Settings>
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Argument<string> _name = new("NAME")
    {
        Description = "The template to write; 'careledger templates' lists them.",
    };

    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "The file to write. Default: NAME.yaml (NAME.actuals.yaml with --actuals) in the current directory.",
        HelpName = "FILE",
    };

    private readonly Option<bool> _actuals = new("--actuals")
    {
        Description = "Write the template's example actuals (a realistic contract year to settle) instead of the contract.",
    };

    private readonly Option<bool> _force = new("--force")
    {
        Description = "Replace the file if it already exists.",
    };

    internal sealed record Settings(string Name, string? Output, bool Force, bool Actuals)
    {
        /// <summary>The path as the user would type it, for messages and the next steps.</summary>
        public string Target => Output ?? DefaultFileName(Name, Actuals);
    }

    protected override Command Declare() =>
        new("init", "Write a ready-made contract file to start from, e.g. 'careledger init bedfordshire-msk-prime'; with --actuals, a year of example actuals for it.")
        {
            _name,
            _actuals,
            _output,
            _force,
        };

    protected override Settings Bind(ParseResult parse) =>
        new(parse.GetRequiredValue(_name), parse.GetValue(_output), parse.GetValue(_force), parse.GetValue(_actuals));

    protected override SettingsCheck Check(Settings settings) =>
        settings.Output is { } output && string.IsNullOrWhiteSpace(output)
            ? SettingsCheck.Fail("--output needs a file name, e.g. '-o contract.yaml'.")
            : SettingsCheck.Ok;

    protected override int Execute(Settings settings, CliConsole console)
    {
        var template = TemplateCatalog.Find(settings.Name);
        if (template is null)
        {
            console.WriteProblem(UnknownTemplate(settings.Name));
            return ExitCodes.Usage;
        }

        var problem = Write(template, settings, console);
        if (problem is not null)
        {
            console.WriteProblem(problem);
            return ExitCodes.Usage;
        }

        if (settings.Actuals)
        {
            SayNextForActuals(template, settings, console);
            return ExitCodes.Ok;
        }

        var target = Quoted(settings.Target);
        console.Out.WriteLine($"Wrote {settings.Target}: {template.Title}.");
        console.Out.WriteLine();
        console.Out.WriteLine("Next:");
        console.Out.WriteLine($"  careledger validate {target}    check it; fix anything it reports");
        console.Out.WriteLine($"  careledger budget {target}      see the budget it sets, year by year");
        console.Out.WriteLine();
        console.Out.WriteLine("Edit the file to describe your own contract; docs/contract-spec.md explains every key.");
        return ExitCodes.Ok;
    }

    private static string DefaultFileName(string name, bool actuals) => name + (actuals ? ".actuals.yaml" : ".yaml");

    private static void SayNextForActuals(ContractTemplate template, Settings settings, CliConsole console)
    {
        var contract = DefaultFileName(template.Name, actuals: false);
        console.Out.WriteLine($"Wrote {settings.Target}: example actuals for {template.ActualsYear} of the {template.Title} template.");
        console.Out.WriteLine();
        console.Out.WriteLine("Next:");
        console.Out.WriteLine($"  careledger init {template.Name}    write the contract they are for ({contract}), if you have not");
        console.Out.WriteLine($"  careledger settle {contract} --actuals {Quoted(settings.Target)} --period {template.ActualsYear}    settle the year");
        console.Out.WriteLine();
        console.Out.WriteLine("Every made-up figure is marked '# ILLUSTRATIVE:'; replace them with your own year. docs/actuals-spec.md explains every key.");
    }

    private static string UnknownTemplate(string name)
    {
        var names = TemplateCatalog.All.Select(template => template.Name).ToArray();
        var suggestion = NameSuggester.Suggest(name, names);
        var didYouMean = suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?";
        return $"there is no template called '{name}'.{didYouMean} "
            + $"The templates are: {string.Join(", ", names)}. Run 'careledger templates' to see what each one is.";
    }

    /// <summary>Writes the file; returns what went wrong, or null. Creation is atomic, so a file that appears meanwhile is not clobbered.</summary>
    private static string? Write(ContractTemplate template, Settings settings, CliConsole console)
    {
        var path = console.Resolve(settings.Target);
        if (Directory.Exists(path))
        {
            return $"'{settings.Target}' is a directory. Give a file name, e.g. '-o {Path.Join(settings.Target, DefaultFileName(template.Name, settings.Actuals))}'.";
        }

        var folder = Path.GetDirectoryName(path);
        if (folder is not null && !Directory.Exists(folder))
        {
            return $"cannot write '{settings.Target}': the folder {folder} does not exist. Create it first (mkdir -p '{folder}') or choose another path with -o.";
        }

        try
        {
            using var stream = new FileStream(path, settings.Force ? FileMode.Create : FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, Utf8WithoutBom);
            writer.Write(settings.Actuals ? template.ActualsYaml : template.Yaml);
            return null;
        }
        catch (IOException) when (!settings.Force && File.Exists(path))
        {
            return $"'{settings.Target}' already exists, so it was left as it is. "
                + "Add --force to replace it, or choose another file with -o FILE.";
        }
        catch (UnauthorizedAccessException)
        {
            return $"cannot write '{settings.Target}': permission denied. Choose a folder you can write to with -o FILE.";
        }
        catch (IOException exception)
        {
            return $"cannot write '{settings.Target}': {exception.Message} Choose another file with -o FILE.";
        }
    }

    private static string Quoted(string path) =>
        path.Any(character => char.IsWhiteSpace(character) || "'\"$`\\".Contains(character, StringComparison.Ordinal))
            ? "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'"
            : path;
}
