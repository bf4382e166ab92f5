namespace CareLedger.Application;

/// <summary>
/// The text of one input (a contract or an actuals file) and the name its findings should give it: a path as the
/// user typed it, an upload's file name, or a stored version's label. Services never open files themselves.
/// </summary>
public sealed record SourceText(string Name, string Text)
{
    public override string ToString() => Name;
}
