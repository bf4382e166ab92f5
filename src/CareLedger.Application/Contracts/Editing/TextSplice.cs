namespace CareLedger.Application.Contracts.Editing;

/// <summary>
/// One change to a text: the characters from <see cref="Start"/> (a character offset) for <see cref="Length"/> are
/// replaced by <see cref="Text"/>. An edit is a set of these, so everything outside them stays exactly as it was.
/// </summary>
public readonly record struct TextSplice(int Start, int Length, string Text)
{
    public int End => Start + Length;
}
