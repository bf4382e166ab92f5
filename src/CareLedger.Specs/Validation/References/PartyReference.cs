using CareLedger.Domain;
using CareLedger.Domain.Parties;

namespace CareLedger.Specs.Validation.References;

/// <summary>
/// One place a contract names a party. <see cref="Phrase"/> reads as the start of a sentence that the party's id
/// completes (<c>the management fee is paid to</c>); <see cref="Keys"/> are where it was written, most specific first.
/// </summary>
internal sealed record PartyReference(object Node, string[] Keys, Id<Party> Party, string Phrase, PartyUse Use);
