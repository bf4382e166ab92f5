using CareLedger.Cli.Tests.Support;
using CareLedger.Specs.Templates;

namespace CareLedger.Cli.Tests.Commands;

[Trait(Needs.Trait, Needs.Templates)]
public sealed class InitCommandTests : IDisposable
{
    private const string Name = "bedfordshire-msk-prime";

    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private static string TemplateText => TemplateCatalog.Find(Name)!.Yaml;

    [Fact]
    public void Init_writes_NAME_yaml_in_the_current_directory_and_says_what_to_do_next()
    {
        var result = _cli.Run("init", Name);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal(TemplateText, File.ReadAllText(_cli.Directory.File(Name + ".yaml")));
        Assert.Contains($"Wrote {Name}.yaml", result.Out, StringComparison.Ordinal);
        Assert.Contains($"careledger validate {Name}.yaml", result.Out, StringComparison.Ordinal);
        Assert.Contains($"careledger budget {Name}.yaml", result.Out, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void Init_writes_the_templates_scenario_beside_the_contract_and_it_projects()
    {
        var result = _cli.Run("init", Name, "-o", "msk.yaml");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal(TemplateCatalog.Find(Name)!.ScenarioYaml, File.ReadAllText(_cli.Directory.File("msk.scenario.yaml")));
        Assert.Contains("Wrote msk.scenario.yaml", result.Out, StringComparison.Ordinal);
        Assert.Contains("careledger project msk.yaml --scenario msk.scenario.yaml", result.Out, StringComparison.Ordinal);
        var projected = _cli.Run("project", "msk.yaml", "--scenario", "msk.scenario.yaml");
        Assert.True(projected.ExitCode == ExitCodes.Ok, projected.ToString());
    }

    [Fact]
    public void Init_keeps_an_edited_scenario_unless_forced()
    {
        _cli.Directory.Write(Name + ".scenario.yaml", "# mine\n");

        var kept = _cli.Run("init", Name);
        Assert.True(kept.ExitCode == ExitCodes.Ok, kept.ToString());
        Assert.Equal("# mine\n", File.ReadAllText(_cli.Directory.File(Name + ".scenario.yaml")));
        Assert.Contains($"Kept the existing {Name}.scenario.yaml", kept.Out, StringComparison.Ordinal);

        var forced = _cli.Run("init", Name, "--force");
        Assert.True(forced.ExitCode == ExitCodes.Ok, forced.ToString());
        Assert.Equal(TemplateCatalog.Find(Name)!.ScenarioYaml, File.ReadAllText(_cli.Directory.File(Name + ".scenario.yaml")));
    }

    [Fact]
    public void Init_writes_where_output_says()
    {
        Directory.CreateDirectory(_cli.Directory.File("contracts"));

        var result = _cli.Run("init", Name, "-o", "contracts/msk.yaml");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal(TemplateText, File.ReadAllText(_cli.Directory.File("contracts/msk.yaml")));
        Assert.Contains("careledger validate contracts/msk.yaml", result.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.Directory.File(Name + ".yaml")));
    }

    [Fact]
    public void Init_refuses_to_overwrite_an_existing_file()
    {
        var path = _cli.Directory.Write("mine.yaml", "my own work");

        var result = _cli.Run("init", Name, "--output", "mine.yaml");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("my own work", File.ReadAllText(path));
        Assert.Contains("'mine.yaml' already exists", result.Error, StringComparison.Ordinal);
        Assert.Contains("--force", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void Init_overwrites_with_force()
    {
        var path = _cli.Directory.Write("mine.yaml", "my own work");

        var result = _cli.Run("init", Name, "-o", "mine.yaml", "--force");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal(TemplateText, File.ReadAllText(path));
    }

    [Fact]
    public void An_unknown_template_lists_the_valid_names_and_suggests_the_nearest()
    {
        var result = _cli.Run("init", "mid-nots-alliance");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("no template called 'mid-nots-alliance'", result.Error, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'mid-notts-alliance'?", result.Error, StringComparison.Ordinal);
        foreach (var template in TemplateCatalog.All)
        {
            Assert.Contains(template.Name, result.Error, StringComparison.Ordinal);
        }

        Assert.Empty(Directory.GetFileSystemEntries(_cli.Directory.Path));
    }

    [Fact]
    public void Init_into_a_folder_that_does_not_exist_says_how_to_fix_it()
    {
        var result = _cli.Run("init", Name, "-o", "missing/msk.yaml");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("does not exist", result.Error, StringComparison.Ordinal);
        Assert.Contains("mkdir -p", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_template_can_be_written()
    {
        foreach (var template in TemplateCatalog.All)
        {
            var result = _cli.Run("init", template.Name);

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            Assert.Equal(template.Yaml, File.ReadAllText(_cli.Directory.File(template.Name + ".yaml")));
        }
    }

    [Fact]
    public void Init_with_actuals_writes_NAME_actuals_yaml_and_says_how_to_settle_the_year()
    {
        var template = TemplateCatalog.Find(Name)!;

        var result = _cli.Run("init", Name, "--actuals");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal(template.ActualsYaml, File.ReadAllText(_cli.Directory.File(Name + ".actuals.yaml")));
        Assert.False(File.Exists(_cli.Directory.File(Name + ".yaml")));
        Assert.Contains($"Wrote {Name}.actuals.yaml: example actuals for 2015/16", result.Out, StringComparison.Ordinal);
        Assert.Contains($"careledger init {Name} ", result.Out, StringComparison.Ordinal);
        Assert.Contains($"careledger settle {Name}.yaml --actuals {Name}.actuals.yaml --period 2015/16", result.Out, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void Init_with_actuals_writes_where_output_says()
    {
        Directory.CreateDirectory(_cli.Directory.File("actuals"));

        var result = _cli.Run("init", Name, "--actuals", "-o", "actuals/2015-16.yaml");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal(TemplateCatalog.Find(Name)!.ActualsYaml, File.ReadAllText(_cli.Directory.File("actuals/2015-16.yaml")));
        Assert.Contains("--actuals actuals/2015-16.yaml --period 2015/16", result.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.Directory.File(Name + ".actuals.yaml")));
    }

    [Fact]
    public void Init_with_actuals_refuses_to_overwrite_an_existing_file_and_overwrites_with_force()
    {
        var path = _cli.Directory.Write(Name + ".actuals.yaml", "my own year");

        var refused = _cli.Run("init", Name, "--actuals");

        Assert.Equal(ExitCodes.Usage, refused.ExitCode);
        Assert.Equal("my own year", File.ReadAllText(path));
        Assert.Contains($"'{Name}.actuals.yaml' already exists", refused.Error, StringComparison.Ordinal);
        Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        Assert.Empty(refused.Out);

        var forced = _cli.Run("init", Name, "--actuals", "--force");

        Assert.True(forced.ExitCode == ExitCodes.Ok, forced.ToString());
        Assert.Equal(TemplateCatalog.Find(Name)!.ActualsYaml, File.ReadAllText(path));
    }

    [Fact]
    public void Init_with_actuals_beside_the_contract_leaves_the_contract_alone()
    {
        var contract = _cli.Run("init", Name);
        var actuals = _cli.Run("init", Name, "--actuals");

        Assert.True(contract.ExitCode == ExitCodes.Ok, contract.ToString());
        Assert.True(actuals.ExitCode == ExitCodes.Ok, actuals.ToString());
        Assert.Equal(TemplateText, File.ReadAllText(_cli.Directory.File(Name + ".yaml")));
        Assert.Equal(TemplateCatalog.Find(Name)!.ActualsYaml, File.ReadAllText(_cli.Directory.File(Name + ".actuals.yaml")));
    }

    [Fact]
    public void Init_with_actuals_into_a_directory_suggests_a_file_name_in_it()
    {
        Directory.CreateDirectory(_cli.Directory.File("actuals"));

        var result = _cli.Run("init", Name, "--actuals", "-o", "actuals");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("is a directory", result.Error, StringComparison.Ordinal);
        Assert.Contains(Path.Join("actuals", Name + ".actuals.yaml"), result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_template_s_example_actuals_can_be_written()
    {
        foreach (var template in TemplateCatalog.All)
        {
            var result = _cli.Run("init", template.Name, "--actuals");

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            Assert.Equal(template.ActualsYaml, File.ReadAllText(_cli.Directory.File(template.Name + ".actuals.yaml")));
            Assert.Contains($"--period {template.ActualsYear}", result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Dash_as_the_output_writes_the_contract_to_standard_output_and_nothing_else()
    {
        var result = _cli.Run("init", Name, "-o", "-");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal(TemplateText, result.Out);
        Assert.Empty(result.Error);
        Assert.Empty(Directory.GetFileSystemEntries(_cli.Directory.Path));
    }

    [Fact]
    public void Dash_as_the_output_writes_the_example_actuals_to_standard_output()
    {
        var result = _cli.Run("init", Name, "--actuals", "--output", "-");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal(TemplateCatalog.Find(Name)!.ActualsYaml, result.Out);
        Assert.Empty(Directory.GetFileSystemEntries(_cli.Directory.Path));
    }

    [Fact]
    public void Csv_actuals_are_one_table_per_section_in_NAME_actuals_and_say_how_to_settle_with_them()
    {
        var result = _cli.Run("init", Name, "--actuals", "--format", "csv");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        var tables = Directory.GetFiles(_cli.Directory.File(Name + ".actuals")).Select(Path.GetFileName).Order().ToArray();
        Assert.Contains("indicators.csv", tables);
        Assert.All(tables, table => Assert.EndsWith(".csv", table, StringComparison.Ordinal));
        Assert.StartsWith("period,indicator,", File.ReadAllText(_cli.Directory.File(Name + ".actuals/indicators.csv")), StringComparison.Ordinal);
        Assert.Contains($"careledger settle {Name}.yaml --actuals {Name}.actuals/*.csv --period 2015/16", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_actuals_written_by_init_settle_the_year_as_the_yaml_does()
    {
        Assert.Equal(ExitCodes.Ok, _cli.Run("init", Name).ExitCode);
        Assert.Equal(ExitCodes.Ok, _cli.Run("init", Name, "--actuals").ExitCode);
        Assert.Equal(ExitCodes.Ok, _cli.Run("init", Name, "--actuals", "-f", "csv", "-o", "tables").ExitCode);
        var tables = Directory.GetFiles(_cli.Directory.File("tables")).Select(path => Path.Join("tables", Path.GetFileName(path))).Order();

        var fromYaml = _cli.Run("settle", Name + ".yaml", "--actuals", Name + ".actuals.yaml", "--period", "2015/16", "--format", "csv");
        var fromCsv = _cli.Run(["settle", Name + ".yaml", "--actuals", .. tables, "--period", "2015/16", "--format", "csv"]);

        Assert.True(fromCsv.ExitCode == ExitCodes.Ok, fromCsv.ToString());
        Assert.Equal(fromYaml.Out, fromCsv.Out);
    }

    [Fact]
    public void Csv_actuals_never_replace_a_table_without_force()
    {
        Directory.CreateDirectory(_cli.Directory.File("tables"));
        var mine = _cli.Directory.Write("tables/indicators.csv", "my own results");

        var refused = _cli.Run("init", Name, "--actuals", "--format", "csv", "-o", "tables");

        Assert.Equal(ExitCodes.Usage, refused.ExitCode);
        Assert.Contains("already holds indicators.csv", refused.Error, StringComparison.Ordinal);
        Assert.Equal("my own results", File.ReadAllText(mine));
        Assert.Single(Directory.GetFiles(_cli.Directory.File("tables")));

        var forced = _cli.Run("init", Name, "--actuals", "--format", "csv", "-o", "tables", "--force");

        Assert.True(forced.ExitCode == ExitCodes.Ok, forced.ToString());
        Assert.StartsWith("period,indicator,", File.ReadAllText(mine), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "csv")]
    [InlineData("--actuals", "--format", "csv", "-o", "-")]
    [InlineData("--actuals", "--format", "ods")]
    [InlineData("--actuals", "--format", "csv", "-o", "")]
    [InlineData("-o", " ")]
    public void Impossible_combinations_are_usage_errors_that_write_nothing(params string[] options)
    {
        var result = _cli.Run(["init", Name, .. options]);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.NotEmpty(result.Error);
        Assert.Empty(Directory.GetFileSystemEntries(_cli.Directory.Path));
    }
}
