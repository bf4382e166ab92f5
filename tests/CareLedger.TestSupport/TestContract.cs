using CareLedger.Domain.Contracts;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading;
using CareLedger.Specs.Validation;

namespace CareLedger.TestSupport;

/// <summary>A contract made by <see cref="ContractBuilder"/> with its fake locations, ready to validate.</summary>
public sealed record TestContract(Contract Contract, SpecLocations Locations)
{
    public IReadOnlyList<Diagnostic> Validate() => ContractValidator.Validate(Contract, Locations);

    /// <summary>Where a key of a node was recorded. Fails if it was not, so a test can never pass on a fallback.</summary>
    public SourceLocation At(object node, string key)
    {
        Assert.True(Locations.Has(node, key), $"No location recorded for key '{key}' of {node.GetType().Name}.");
        return Locations.Of(node, key);
    }

    /// <summary>Where a node itself (its mapping) was recorded.</summary>
    public SourceLocation At(object node)
    {
        var location = Locations.Of(node);
        Assert.True(location.Line > 0, $"No location recorded for {node.GetType().Name}.");
        return location;
    }
}
