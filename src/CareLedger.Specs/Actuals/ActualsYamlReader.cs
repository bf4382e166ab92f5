using CareLedger.Domain.Contracts;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading.Yaml;
using YamlDotNet.RepresentationModel;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// Reads one YAML actuals file with the contract reader's infrastructure: syntax errors and duplicate keys
/// (<see cref="YamlDocumentLoader"/>), unknown keys with the nearest known one and typed values reported at their
/// exact line and column (<see cref="YamlMap"/>). <c>careledger_actuals</c> must be 1 (CL011) and <c>contract</c>
/// the id of the contract being settled (CL801); each section is a list of records.
/// </summary>
internal static class ActualsYamlReader
{
    public const string VersionKey = "careledger_actuals";
    public const string ContractKey = "contract";

    public static void Read(string text, ActualsContext context, ActualsBuilder into)
    {
        var read = context.Read;
        if (IsEmpty(text))
        {
            context.Error(1, 1, FieldPath.Root, DiagnosticCodes.MissingRequired, $"The file is empty; an actuals file needs at least {VersionKey}: 1 and {ContractKey}: {context.Contract.Id}, then its sections (activity, indicators, ...).");
            return;
        }

        var root = YamlDocumentLoader.Load(text, read);
        if (root is null)
        {
            return;
        }

        if (root is not YamlMappingNode mapping)
        {
            read.Error(root, DiagnosticCodes.WrongType, $"An actuals file is a mapping of sections ({VersionKey}, {ContractKey}, activity, indicators, ...), not {Nodes.Describe(root)}.");
            return;
        }

        var map = new YamlMap(mapping, string.Empty, read);
        ReadVersion(map);
        ReadContract(map, context);
        foreach (var section in ActualsSections.All)
        {
            foreach (var item in map.Maps(section.Name))
            {
                section.Read(new YamlActualsRecord(item, section, context), into);
            }
        }

        map.Complete();
    }

    // Blank, or nothing but comments: YAML has no document to report on.
    private static bool IsEmpty(string text) =>
        text.Split('\n').Select(line => line.Trim().TrimStart('\uFEFF')).All(line => line.Length == 0 || line.StartsWith('#'));

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

    private static void ReadContract(YamlMap root, ActualsContext context)
    {
        var id = root.Required(ContractKey, Scalars.Id<Contract>());
        if (id is { } written && written != context.Contract.Id)
        {
            root.Context.Error(
                root.Raw(ContractKey)!,
                DiagnosticCodes.WrongContract,
                $"{ContractKey}: these actuals are for contract '{written}', but they are being checked against '{context.Contract.Id}' ({context.Contract.Name}); give the actuals for that contract, or the contract they belong to.");
        }
    }
}
