using CareLedger.Data.Accounts;

namespace CareLedger.Server.Endpoints;

/// <summary>An organisation and the parties it is in each contract.</summary>
public sealed record OrganisationDocument(Organisation Organisation, IReadOnlyList<PartyLink> Parties);
