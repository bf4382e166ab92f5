namespace CareLedger.Application.Contracts.Editing;

/// <summary>Renames a party (its <c>name</c>; its id, which everything else refers to, stays).</summary>
public sealed record PartyNameEdit(string PartyId, string Name) : ContractEdit
{
    internal override RequestProblem? Plan(YamlTextLayout layout, ICollection<TextSplice> splices) =>
        YamlTextLayout.ItemWith(YamlTextLayout.Child(layout.Root, "parties"), PartyId) is { } party
            ? Add(splices, layout.SetScalar(party, "name", Name), "name", $"The name of party '{PartyId}'")
            : PartyProblems.Missing(PartyId);
}
