namespace CareLedger.Data.Accounts;

/// <summary>An organisation is party <see cref="PartyId"/> in contract <see cref="ContractId"/>: its users see that contract.</summary>
public sealed record PartyLink(string OrganisationId, string ContractId, string PartyId);
