using CareLedger.Domain.Contracts;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading;

namespace CareLedger.Specs.Validation;

/// <summary>Runs every semantic rule over a contract that has been read.</summary>
public static class ContractValidator
{
    public static IReadOnlyList<Diagnostic> Validate(Contract contract, SpecLocations locations) =>
        throw new NotImplementedException("The validator is being written.");
}
