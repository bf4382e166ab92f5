using CareLedger.Domain;
using CareLedger.Domain.Scope;

namespace CareLedger.Specs.Validation.References;

/// <summary>One place a contract names a service line; <see cref="Phrase"/> is completed by the line's id.</summary>
internal sealed record ServiceLineReference(object Node, string[] Keys, Id<ServiceLine> ServiceLine, string Phrase);
