namespace CareLedger.Application.Contracts.Editing;

/// <summary>A party as its form shows it; <see cref="Membership"/> is empty when none is written.</summary>
public sealed record EditableParty(string Id, string Name, IReadOnlyList<string> Roles, string Membership);
