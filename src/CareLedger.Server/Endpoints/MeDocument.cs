namespace CareLedger.Server.Endpoints;

/// <summary>The signed-in user and the contracts they see, with their roles in each.</summary>
public sealed record MeDocument(UserDocument User, IReadOnlyList<ContractRolesDocument> Contracts);
