using CareLedger.Domain;
using CareLedger.Domain.Periods;
using CareLedger.Specs.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace CareLedger.Specs.Reading.Yaml;

/// <summary>
/// What every part of the reader shares while one file is read: where problems go, where locations are recorded,
/// and the contract-wide settings that decide how values read (the currency for amounts, the calendar for years).
/// </summary>
internal sealed class ReadContext(string file, DiagnosticBag diagnostics, SpecLocations locations)
{
    public string File { get; } = file;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public SpecLocations Locations { get; } = locations;

    /// <summary>The contract's currency; amounts are read in it. GBP until <c>contract.currency</c> says otherwise.</summary>
    public Currency Currency { get; set; } = Currency.Gbp;

    /// <summary>
    /// The contract's calendar, once <c>contract.term</c> has been read. While it is null, year labels cannot be
    /// judged, so they are passed over silently: the term's own error already explains why.
    /// </summary>
    public ContractCalendar? Calendar { get; set; }

    public SourceLocation LocationOf(YamlNode node) =>
        new(File, checked((int)node.Start.Line), checked((int)node.Start.Column));

    public SourceRef SourceOf(YamlNode node, string path)
    {
        var location = LocationOf(node);
        return new SourceRef(File, path, location.Line, location.Column);
    }

    public void Error(YamlNode node, string code, string message) =>
        Diagnostics.Error(LocationOf(node), code, message);
}
