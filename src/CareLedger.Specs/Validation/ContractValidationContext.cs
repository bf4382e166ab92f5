using CareLedger.Domain.Contracts;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading;

namespace CareLedger.Specs.Validation;

/// <summary>What a validation rule sees: the contract, where its parts were written, and where to report.</summary>
public sealed class ContractValidationContext(Contract contract, SpecLocations locations, DiagnosticBag diagnostics)
{
    public Contract Contract { get; } = contract;

    public SpecLocations Locations { get; } = locations;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public void Error(object node, string key, string code, string message) =>
        Diagnostics.Error(Locations.Of(node, key), code, message);

    public void Error(object node, string code, string message) =>
        Diagnostics.Error(Locations.Of(node), code, message);

    public void Warning(object node, string key, string code, string message) =>
        Diagnostics.Warning(Locations.Of(node, key), code, message);

    public void Warning(object node, string code, string message) =>
        Diagnostics.Warning(Locations.Of(node), code, message);
}
