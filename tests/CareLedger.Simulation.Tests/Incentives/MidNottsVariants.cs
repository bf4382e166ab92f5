using CareLedger.Domain.Contracts;
using CareLedger.Domain.Scenarios;
using CareLedger.Simulation.Incentives;

namespace CareLedger.Simulation.Tests.Incentives;

/// <summary>
/// The Mid-Nottinghamshire alliance template and variants of it, each one text change away from what ships, analysed
/// in its first year (2016/17): elective activity planned at 4,000 spells per acute provider at £1,250.
/// </summary>
internal static class MidNottsVariants
{
    public const string Template = "mid-notts-alliance";

    private const string PatientChoice = """
              - id: acute-patient-choice
                kind: patient-choice
                name: Money follows patient choice between acute providers
                service_lines: [elective]
                providers: [sherwood-forest, nuh, ulh, circle-health]
                pool: 2%
                cap: £500k
                collar: £500k
        """;

    /// <summary>A marginal tariff on urgent care (non-elective activity): 75% of price for every spell over plan, no dead-band, cap or collar.</summary>
    private const string UrgentTariff = """
              - id: urgent-tariff
                kind: volume
                name: Non-elective activity over plan at a marginal tariff
                service_lines: [urgent-care]
                providers: [sherwood-forest, nuh]
                above_plan_rate: 75%
                below_plan_rate: 75%

        """;

    /// <summary>Urgent care planned at 10,000 spells per acute provider at £1,500, for the marginal-tariff variant.</summary>
    private const string UrgentActivity = """
          - service_line: urgent-care
            planned: 10000
            unit_price: £1,500
            volume: { distribution: normal, mean: 0%, sd: 4% }

        """;

    public static IncentiveResult Analyse(string contractText, string scenarioText)
    {
        var contract = Contract(contractText);
        return IncentiveAnalysis.Analyse(contract, TemplateFiles.Scenario(contract, scenarioText), 1, 2);
    }

    public static string ContractText() => TemplateFiles.Text(Template + ".yaml");

    public static string ScenarioText() => TemplateFiles.Text(Template + ".scenario.yaml");

    /// <summary>The template without its patient-choice mechanism, so the volume mechanism alone moves elective income.</summary>
    public static string WithoutPatientChoice() => Replace(ContractText(), PatientChoice, string.Empty);

    /// <summary>The template with a marginal tariff on urgent care, the activity the risk/reward item is meant to reduce.</summary>
    public static string WithUrgentTariff() => Replace(ContractText(), PatientChoice, PatientChoice + "\n" + UrgentTariff.TrimEnd('\n'));

    public static string ScenarioWithUrgentActivity() => Replace(ScenarioText(), "activity:\n", "activity:\n" + UrgentActivity);

    /// <summary>The scenario with every milestone certain to be met and every metric fixed at a value that meets its target.</summary>
    public static string ScenarioAllMet(IEnumerable<(string Indicator, decimal Value)> metrics)
    {
        var text = ScenarioText().Replace("p: 90%", "p: 100%", StringComparison.Ordinal);
        var lines = text.Split('\n').Select(line =>
        {
            foreach (var (indicator, value) in metrics)
            {
                if (line.Contains($"indicator: {indicator},", StringComparison.Ordinal))
                {
                    return $"  - {{ indicator: {indicator}, result: {value.ToString(System.Globalization.CultureInfo.InvariantCulture)} }}";
                }
            }

            return line;
        });
        return string.Join('\n', lines);
    }

    public static Contract Contract(string text)
    {
        var loaded = Specs.ContractLoader.Load(text, Template + ".yaml");
        return loaded.CanComputeBudget ? loaded.Contract! : throw new InvalidOperationException(string.Join('\n', loaded.Errors));
    }

    public static Scenario Scenario(Contract contract, string text) => TemplateFiles.Scenario(contract, text);

    private static string Replace(string text, string original, string replacement)
    {
        Assert.Contains(original, text, StringComparison.Ordinal);
        return text.Replace(original, replacement, StringComparison.Ordinal);
    }
}
