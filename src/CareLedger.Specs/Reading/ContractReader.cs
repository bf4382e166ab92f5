using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading.Sections;
using CareLedger.Specs.Reading.Yaml;
using YamlDotNet.RepresentationModel;

namespace CareLedger.Specs.Reading;

/// <summary>
/// Reads a contract file (YAML, docs/contract-spec.md) into a <see cref="Domain.Contracts.Contract"/>, recording
/// where everything was written. Checks syntax, structure, types, units and formats, and reports every problem
/// in one pass (CL001–CL011, CL601, CL602); meaning (references, sums, bands) is left to validation.
/// </summary>
public static class ContractReader
{
    /// <param name="population">A population file whose section is read in place of the contract's own, or null.</param>
    public static ContractReadResult Read(string yaml, string fileName, PopulationSource? population = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(fileName);
        var diagnostics = new DiagnosticBag();
        var locations = new SpecLocations(fileName);
        var context = new ReadContext(fileName, diagnostics, locations);
        var root = YamlDocumentLoader.Load(yaml, context);
        if (root is null)
        {
            return new ContractReadResult(null, locations, diagnostics.Sorted());
        }

        if (root is not YamlMappingNode mapping)
        {
            context.Error(
                root,
                DiagnosticCodes.WrongType,
                $"A contract file is a mapping of sections (careledger, contract, parties, ...), not {Nodes.Describe(root)}.");
            return new ContractReadResult(null, locations, diagnostics.Sorted());
        }

        var (contract, sources) = ContractDocumentReader.Read(new YamlMap(mapping, string.Empty, context), population);
        return new ContractReadResult(contract, locations, diagnostics.Sorted()) { Sources = sources };
    }
}
