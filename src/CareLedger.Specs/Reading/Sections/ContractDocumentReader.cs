using CareLedger.Domain.Contracts;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Reading.Sections;

/// <summary>
/// Reads the whole file, section by section. <c>contract</c> goes first (its currency and term decide how
/// amounts and years read); parties before funding (the default funder is the single commissioner); population
/// before adjustments (<c>rate: projection</c>). Every section is read even after errors, so one pass reports
/// every problem; the contract is built only when the term could be read.
/// </summary>
internal static class ContractDocumentReader
{
    /// <param name="populationFile">A population file read in place of the contract's own section (which is still read and checked).</param>
    public static (Contract? Contract, IReadOnlyList<string> Sources) Read(YamlMap root, PopulationSource? populationFile = null)
    {
        ReadVersion(root);
        var header = ContractSectionReader.Read(root);
        var parties = PartiesReader.Read(root);
        var funding = FundingReader.Read(root, parties);
        var ownPopulation = PopulationReader.Read(root);
        // A population file that cannot be read has its own findings; the contract's section stands in meanwhile, so
        // they are not followed by findings about a missing population.
        var population = populationFile is null ? ownPopulation : PopulationFileReader.Read(populationFile, root.Context.Currency, root.Context.Calendar, root.Context.Diagnostics, root.Context.Locations) ?? ownPopulation;
        var serviceLines = ServiceLinesReader.Read(root);
        var exclusions = ExclusionsReader.Read(root);
        var topSlices = TopSlicesReader.Read(root);
        var baseline = BaselineReader.Read(root);
        var adjustments = AdjustmentsReader.Read(root, population);
        var payment = PaymentReader.Read(root);
        var frameworks = OutcomesReader.Read(root);
        var riskReward = RiskRewardReader.Read(root);
        var sharedSavings = SharedSavingsReader.Read(root);
        var corridors = RiskCorridorsReader.Read(root);
        var sources = SourcesReader.Read(root);
        root.Complete();
        if (header.Term is null)
        {
            return (null, sources);
        }

        var contract = new Contract(
            header.Id,
            header.Name,
            header.Model,
            header.Currency,
            header.Rounding,
            header.Term,
            parties,
            funding,
            population,
            serviceLines,
            exclusions,
            topSlices,
            baseline,
            adjustments,
            payment,
            frameworks,
            riskReward,
            sharedSavings,
            corridors);

        // The top level gives the sections' locations; the contract mapping then gives its own keys and is where
        // the contract itself is said to be written.
        root.Locate(contract);
        header.Map?.Locate(contract);
        return (contract, sources);
    }

    private static void ReadVersion(YamlMap root)
    {
        var node = root.RawRequired("careledger");
        if (node is null)
        {
            return;
        }

        root.AddLocation("careledger", node);
        var text = Nodes.Text(root.Context, node, "careledger");
        if (text is not null && text.Trim() != "1")
        {
            root.Context.Error(node, DiagnosticCodes.UnsupportedVersion, $"careledger: format version '{text.Trim()}' is not supported; this CareLedger reads version 1 (write careledger: 1).");
        }
    }
}
