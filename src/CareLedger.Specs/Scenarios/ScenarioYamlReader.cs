using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Scenarios;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading.Yaml;
using YamlDotNet.RepresentationModel;

namespace CareLedger.Specs.Scenarios;

/// <summary>Reads the sections of a scenario file into a <see cref="Scenario"/>; every problem is reported, none thrown.</summary>
internal static class ScenarioYamlReader
{
    public const string VersionKey = "careledger_scenario";

    public static Scenario? Read(string text, Contract contract, ReadContext context, IReadOnlyCollection<string> alsoFor)
    {
        if (text.Split('\n').Select(line => line.Trim().TrimStart('\uFEFF')).All(line => line.Length == 0 || line.StartsWith('#')))
        {
            context.Diagnostics.Error(new SourceLocation(context.File, 1, 1, FieldPath.Root), DiagnosticCodes.MissingRequired, $"The file is empty; a scenario needs at least {VersionKey}: 1 and contract: {contract.Id}, then what varies (population, activity, indicators, ...).");
            return null;
        }

        var root = YamlDocumentLoader.Load(text, context);
        if (root is null)
        {
            return null;
        }

        if (root is not YamlMappingNode mapping)
        {
            context.Error(root, DiagnosticCodes.WrongType, $"A scenario file is a mapping of sections ({VersionKey}, contract, population, activity, ...), not {Nodes.Describe(root)}.");
            return null;
        }

        var map = new YamlMap(mapping, string.Empty, context);
        ReadVersion(map);
        var references = new ScenarioReferences(contract, context);
        var id = map.Required("contract", Scalars.Id<Contract>());
        if (id is { } written && written != contract.Id && !alsoFor.Contains(written.Value))
        {
            context.Error(map.Raw("contract")!, DiagnosticCodes.WrongContract, $"contract: this scenario is for contract '{written}', but it is being run with '{contract.Id}' ({contract.Name}); give the scenario for that contract, or the contract it belongs to.");
        }

        var name = map.Text("name") ?? "Scenario";
        var contractValue = ReadContractValue(map, contract);
        var population = map.Map("population") is { } populationMap ? ReadPopulation(populationMap, contract) : null;
        var inflation = DistributionReader.Read(map, "inflation", QuantityUnit.Rate, required: false);
        var activity = map.Maps("activity").Select(item => ReadActivity(item, references)).ToArray();
        var costs = map.Maps("costs").Select(item => ReadCost(item, references)).ToArray();
        var indicators = map.Maps("indicators").Select(item => ReadIndicator(item, references)).ToArray();
        var risks = map.Maps("risk_items").Select(item => ReadRiskItem(item, references)).ToArray();
        var benchmarks = map.Maps("shared_savings").Select(item => ReadBenchmark(item, references)).ToArray();
        var corridors = map.Maps("corridors").Select(item => ReadCorridor(item, references)).ToArray();
        var correlationMap = map.Map("correlations");
        map.Complete();
        if (context.Diagnostics.HasErrors)
        {
            // A correlation between variables that could not be read cannot be judged.
            return null;
        }

        var scenario = new Scenario(contract.Id, name, population, inflation, activity!, costs!, indicators!, risks!, benchmarks!, corridors!, null, contractValue);
        DuplicateVariables(scenario, context);
        var correlation = correlationMap is null ? null : CorrelationReader.Read(correlationMap, scenario.Variables);
        return scenario with { Correlation = correlation };
    }

    private static void ReadVersion(YamlMap root)
    {
        if (root.RawRequired(VersionKey) is not { } node)
        {
            return;
        }

        var text = Nodes.Text(root.Context, node, VersionKey);
        if (text is not null && text.Trim() != "1")
        {
            root.Context.Error(node, DiagnosticCodes.UnsupportedVersion, $"{VersionKey}: format version '{text.Trim()}' is not supported; this CareLedger reads version 1 (write {VersionKey}: 1).");
        }
    }

    /// <summary>The term value to scale the contract to: positive, and only for a contract with a baseline to scale.</summary>
    private static Money? ReadContractValue(YamlMap map, Contract contract)
    {
        if (map.Optional("contract_value", Scalars.Amount) is not { } value)
        {
            return null;
        }

        var node = map.Raw("contract_value")!;
        if (value.IsNegative || value.IsZero)
        {
            map.Context.Error(node, DiagnosticCodes.Negative, $"contract_value: the term's value must be more than zero, not {value}.");
            return null;
        }

        if (contract.Baseline.Cells.All(cell => cell.Amount.IsZero))
        {
            map.Context.Error(node, DiagnosticCodes.NoBaseline, "contract_value: the contract has no baseline spend to scale to this value; give the baseline in the contract first.");
            return null;
        }

        return value;
    }

    private static ScenarioVariable? ReadPopulation(YamlMap map, Contract contract)
    {
        var growth = DistributionReader.Read(map, "growth", QuantityUnit.Rate);
        map.Complete();
        if (contract.Population is null && growth is not null)
        {
            map.Context.Error(map.Node, DiagnosticCodes.UndefinedReference, "population: the contract defines no population, so its growth cannot vary; remove this section or add a population to the contract.");
        }

        return growth;
    }

    private static ActivityAssumption? ReadActivity(YamlMap map, ScenarioReferences references)
    {
        var provider = references.Party(map, "provider", required: false, mustBePayable: true);
        var line = references.ServiceLine(map, "service_line");
        var planned = map.Required("planned", Scalars.Number);
        var price = map.Required("unit_price", Scalars.Amount);
        var growth = map.ValueOr("planned_growth", Scalars.Rate, Percentage.Zero);
        var priceGrowth = map.ValueOr("price_growth", Scalars.Rate, Percentage.Zero);
        var volume = DistributionReader.Read(map, "volume", QuantityUnit.Rate);
        map.Complete();
        if (planned is < 0)
        {
            map.Context.Error(map.Raw("planned")!, DiagnosticCodes.Negative, $"{map.PathOf("planned")}: planned activity cannot be negative.");
        }

        if (price is { IsNegative: true })
        {
            map.Context.Error(map.Raw("unit_price")!, DiagnosticCodes.Negative, $"{map.PathOf("unit_price")}: a price cannot be negative.");
        }

        return planned is { } p && price is { } unitPrice && volume is not null
            ? new ActivityAssumption(provider, line, p, unitPrice, growth, priceGrowth, volume, map.Source)
            : null;
    }

    private static CostAssumption? ReadCost(YamlMap map, ScenarioReferences references)
    {
        var party = references.Party(map, "party", required: true, mustBePayable: false);
        var amount = map.Required("amount", Scalars.Amount);
        var variation = DistributionReader.Read(map, "variation", QuantityUnit.Rate, required: false)
            ?? new ScenarioVariable(map.PathOf("variation"), new FixedValue(0));
        map.Complete();
        return party is { } id && amount is { } money ? new CostAssumption(id, money, variation, map.Source) : null;
    }

    private static IndicatorAssumption? ReadIndicator(YamlMap map, ScenarioReferences references)
    {
        var indicator = references.Indicator(map, "indicator");
        var unit = indicator?.Measure is MilestoneMeasure ? QuantityUnit.Milestone : QuantityUnit.Number;
        var result = DistributionReader.Read(map, "result", unit);
        map.Complete();
        return indicator is not null && result is not null ? new IndicatorAssumption(indicator.Id, result, map.Source) : null;
    }

    private static RiskItemAssumption? ReadRiskItem(YamlMap map, ScenarioReferences references)
    {
        var item = references.Defined(map, "item", references.Contract.RiskReward.Items.Select(i => i.Id), "risk/reward item");
        var spend = DistributionReader.Read(map, "spend", QuantityUnit.Amount);
        var planned = map.Optional("planned", Scalars.Amount);
        map.Complete();
        return item is { } id && spend is not null ? new RiskItemAssumption(id, spend, planned, map.Source) : null;
    }

    private static BenchmarkAssumption? ReadBenchmark(YamlMap map, ScenarioReferences references)
    {
        var terms = references.Defined(map, "terms", references.Contract.SharedSavings.Select(t => t.Id), "shared-savings terms");
        var expenditure = DistributionReader.Read(map, "expenditure", QuantityUnit.Amount);
        var quality = map.Optional("quality_score", Scalars.Rate);
        map.Complete();
        return terms is { } id && expenditure is not null ? new BenchmarkAssumption(id, expenditure, quality, map.Source) : null;
    }

    private static CorridorAssumption? ReadCorridor(YamlMap map, ScenarioReferences references)
    {
        var corridor = references.Defined(map, "corridor", references.Contract.Corridors.Select(c => c.Id), "risk corridor");
        var cost = DistributionReader.Read(map, "cost", QuantityUnit.Amount);
        map.Complete();
        return corridor is { } id && cost is not null ? new CorridorAssumption(id, cost, map.Source) : null;
    }

    private static void DuplicateVariables(Scenario scenario, ReadContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var variable in scenario.Variables.Where(variable => !seen.Add(variable.Id)))
        {
            var source = variable.Source;
            var path = FieldPath.TryParse(source?.Path, out var parsed) ? parsed : FieldPath.Root;
            context.Diagnostics.Error(new SourceLocation(context.File, source?.Line ?? 0, source?.Column ?? 0, path), DiagnosticCodes.Duplicate, $"The variable id '{variable.Id}' is used twice; give each uncertain input its own id so correlations can name it.");
        }
    }
}
