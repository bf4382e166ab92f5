using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Reading.Sections;

/// <summary>What the <c>contract</c> section says; <see cref="Term"/> is null when the term could not be read.</summary>
internal sealed record ContractHeader(
    Id<Contract> Id,
    string Name,
    ContractModel Model,
    Currency Currency,
    RoundingRule Rounding,
    Term? Term,
    YamlMap? Map);
