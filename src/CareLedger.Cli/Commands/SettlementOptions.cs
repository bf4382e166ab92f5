using System.CommandLine;

namespace CareLedger.Cli.Commands;

/// <summary>What every settlement command takes: the contract, its actuals and the period, declared once.</summary>
internal sealed class SettlementOptions
{
    public Argument<string> Contract { get; } = ContractArgument.Create();

    public Option<string[]> Actuals { get; } = new("--actuals", "-a")
    {
        Description = "An actuals file (YAML, or a CSV table); give it more than once to combine files.",
        Required = true,
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<string> Period { get; } = new("--period", "-p")
    {
        Description = "The period: a month (2016/17-M01), a quarter (2016/17-Q1) or a year (2016/17) for the year end.",
        Required = true,
    };

    public Option<bool> Provisional { get; } = new("--provisional")
    {
        Description = "Settle even if the actuals are incomplete for the period: every statement is marked provisional and lists what is missing.",
    };

    public (string Contract, string[] Actuals, string Period) Bind(ParseResult parse) =>
        (parse.GetRequiredValue(Contract), parse.GetValue(Actuals) ?? [], parse.GetRequiredValue(Period));
}
