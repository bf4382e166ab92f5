using CareLedger.Domain;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Population;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading.Sections;
using CareLedger.Specs.Reading.Yaml;
using YamlDotNet.RepresentationModel;

namespace CareLedger.Specs.Reading;

/// <summary>
/// Reads a population file: a YAML mapping whose one key is <c>population</c>, written as in a contract
/// (docs/contract-spec.md, "population") — what <c>careledger population contract</c> writes — so that contracts
/// compared side by side can be given one population. Read, in place of the contract's own section, in the contract's
/// currency and calendar (so <c>rate: projection</c> adjustments take its growth); each finding is
/// located in the population file, and where the section was read is recorded beside the contract's own locations,
/// so validation points into the population file too.
/// </summary>
internal static class PopulationFileReader
{
    public static PopulationDefinition? Read(PopulationSource source, Currency currency, ContractCalendar? calendar, DiagnosticBag diagnostics, SpecLocations locations)
    {
        var context = new ReadContext(source.FileName, diagnostics, locations) { Currency = currency, Calendar = calendar };
        if (string.IsNullOrWhiteSpace(source.Yaml))
        {
            diagnostics.Error(new SourceLocation(source.FileName, 1, 1, FieldPath.Root), DiagnosticCodes.MissingRequired, "The population file is empty; it needs a population: section (size, basis, growth_projection, ...), as in a contract.");
            return null;
        }

        var root = YamlDocumentLoader.Load(source.Yaml, context);
        if (root is null)
        {
            return null;
        }

        if (root is not YamlMappingNode mapping)
        {
            context.Error(root, DiagnosticCodes.WrongType, $"A population file is a mapping with one section, population: (as in a contract), not {Nodes.Describe(root)}.");
            return null;
        }

        var map = new YamlMap(mapping, string.Empty, context);
        if (!map.Has("population"))
        {
            context.Error(root, DiagnosticCodes.MissingRequired, "A population file needs a population: section (size, basis, growth_projection, ...), as in a contract; `careledger population contract` writes one.");
            return null;
        }

        var population = PopulationReader.Read(map);
        map.Complete();
        return population;
    }
}
