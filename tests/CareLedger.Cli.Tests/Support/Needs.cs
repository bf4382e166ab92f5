namespace CareLedger.Cli.Tests.Support;

/// <summary>
/// Trait values marking tests that exercise work outside the CLI: filter with
/// <c>dotnet test --filter "Needs!=templates&amp;Needs!=reader"</c> to run only what the CLI alone decides.
/// </summary>
public static class Needs
{
    public const string Trait = "Needs";

    /// <summary>The embedded template YAML files in CareLedger.Specs (TemplateCatalog loads all of them at once).</summary>
    public const string Templates = "templates";

    /// <summary>The contract reader and validator in CareLedger.Specs (ContractLoader).</summary>
    public const string Reader = "reader";
}
