using CareLedger.Domain;

namespace CareLedger.Application.Documents;

/// <summary>One payment element of a provider's contract value (<c>fixed</c>, <c>variable</c>, <c>outcome</c>, <c>management-fee</c>) and its derivation.</summary>
public sealed record ElementAmountDocument(string Element, Money Amount, Percentage? Rate, string Formula);
