namespace CareLedger.Domain.Explaining;

/// <summary>Words in an explanation: a name, a derivation written out, or "none".</summary>
public sealed record ExplainedText(string Text) : ExplainedValue
{
    protected override string Display() => Text;
}
