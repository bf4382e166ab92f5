namespace CareLedger.Application.Contracts.Editing;

/// <summary>
/// One change a form makes to a contract's YAML: it finds the values it changes where they are written and says how
/// to replace them. An edit never checks the contract's rules; the edited text is validated exactly as an upload is.
/// </summary>
public abstract record ContractEdit
{
    /// <summary>Adds the splices this edit makes, or says why it cannot be made (a party the contract does not have).</summary>
    internal abstract RequestProblem? Plan(YamlTextLayout layout, ICollection<TextSplice> splices);

    /// <summary>Records a splice, or the problem when the value is written in a form a form cannot change (a list where a value was expected).</summary>
    private protected static RequestProblem? Add(ICollection<TextSplice> splices, TextSplice? splice, string field, string what)
    {
        if (splice is not { } made)
        {
            return new RequestProblem(field, $"{what} is not written as a single value in the YAML, so this form cannot change it. Download the YAML, change it there and upload it.");
        }

        splices.Add(made);
        return null;
    }
}
