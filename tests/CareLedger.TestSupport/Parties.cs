using CareLedger.Domain;
using CareLedger.Domain.Parties;

namespace CareLedger.TestSupport;

/// <summary>Parties in the roles the tests need.</summary>
public static class Parties
{
    public static Party Of(string id, string name, params PartyRole[] roles) =>
        new(Id<Party>.Of(id), name, roles.ToHashSet());

    public static Party Commissioner(string id, string name) => Of(id, name, PartyRole.Commissioner);

    public static Party Provider(string id, string name) => Of(id, name, PartyRole.Provider);

    public static Party Prime(string id, string name) => Of(id, name, PartyRole.Prime);

    public static Party SubContractor(string id, string name, string? prime) =>
        Of(id, name, PartyRole.SubContractor) with { Prime = prime is null ? null : Id<Party>.Of(prime) };
}
