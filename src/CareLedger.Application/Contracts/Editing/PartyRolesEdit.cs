namespace CareLedger.Application.Contracts.Editing;

/// <summary>Sets a party's roles (<c>commissioner</c>, <c>provider</c>…), written as a one-line list.</summary>
public sealed record PartyRolesEdit(string PartyId, IReadOnlyList<string> Roles) : ContractEdit
{
    internal override RequestProblem? Plan(YamlTextLayout layout, ICollection<TextSplice> splices)
    {
        if (YamlTextLayout.ItemWith(YamlTextLayout.Child(layout.Root, "parties"), PartyId) is not { } party)
        {
            return PartyProblems.Missing(PartyId);
        }

        splices.Add(layout.SetFlowList(party, "roles", Roles));
        return null;
    }
}
