namespace CareLedger.Application.Contracts.Editing;

/// <summary>
/// Applies a form's edits to a contract's YAML text in place: each changed value is replaced where it is written
/// (found by the YAML parser's marks), each addition goes after the last entry of its list or mapping, and every
/// other character — comments, blank lines, key order, quoting — is kept byte for byte. The result is a new text to
/// validate and store like any upload; nothing here checks the contract's rules.
/// </summary>
public static class ContractTextEditor
{
    public static ServiceResult<SourceText> Apply(SourceText contract, IReadOnlyList<ContractEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(edits);
        if (YamlTextLayout.TryRead(contract.Text) is not { } layout)
        {
            return ServiceResult<SourceText>.Rejected(new RequestProblem("contract", "The contract's YAML cannot be read, so the forms cannot change it. Download it, correct it and upload it."));
        }

        var splices = new List<TextSplice>();
        foreach (var edit in edits)
        {
            if (edit.Plan(layout, splices) is { } problem)
            {
                return ServiceResult<SourceText>.Rejected(problem);
            }
        }

        var ordered = splices.OrderBy(splice => splice.Start).ThenBy(splice => splice.Length).ToArray();
        for (var index = 1; index < ordered.Length; index++)
        {
            // Two changes to one value (the same weight sent twice) would garble it: refuse rather than guess.
            if (ordered[index].Start < ordered[index - 1].End)
            {
                return ServiceResult<SourceText>.Rejected(new RequestProblem("edit", "Two of the changes are to the same value. Change each value once."));
            }
        }

        var text = new System.Text.StringBuilder(contract.Text);
        // From the end backwards, so each splice's offsets still refer to the original text.
        for (var index = ordered.Length - 1; index >= 0; index--)
        {
            text.Remove(ordered[index].Start, ordered[index].Length).Insert(ordered[index].Start, ordered[index].Text);
        }

        return ServiceResult<SourceText>.Success(contract with { Text = text.ToString() });
    }
}
