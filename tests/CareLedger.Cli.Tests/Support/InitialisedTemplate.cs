using CareLedger.Specs;

namespace CareLedger.Cli.Tests.Support;

/// <summary>
/// A shipped template ready for <c>project</c>, <c>simulate</c>, <c>viability</c> and <c>incentives</c>:
/// <c>careledger init TEMPLATE</c> writes the contract as <c>TEMPLATE.yaml</c> into a runner's working folder, and the
/// scenario shipped beside it (embedded in CareLedger.Specs; <c>init</c> does not write it) is written as
/// <c>TEMPLATE.scenario.yaml</c>.
/// </summary>
public static class InitialisedTemplate
{
    public static void Write(CliRunner cli, string template)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var init = cli.Run("init", template);
        Assert.True(init.ExitCode == ExitCodes.Ok, init.ToString());
        cli.Directory.Write(template + ".scenario.yaml", Scenario(template));
    }

    /// <summary>The text of the scenario shipped with <paramref name="template"/>.</summary>
    public static string Scenario(string template)
    {
        using var stream = typeof(ContractLoader).Assembly.GetManifestResourceStream($"CareLedger.Specs.Templates.{template}.scenario.yaml")
            ?? throw new ArgumentException($"No scenario is shipped with the template '{template}'.", nameof(template));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
