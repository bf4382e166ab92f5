namespace CareLedger.Server.Endpoints;

/// <summary>A user and every role they hold.</summary>
public sealed record UserWithRolesDocument(UserDocument User, IReadOnlyList<RoleDocument> Roles);
