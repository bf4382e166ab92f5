namespace CareLedger.Specs.Reading.Yaml;

/// <summary>A kind of scalar a key can hold (an amount, a percentage, an id…) and how its text is read.</summary>
internal sealed class ScalarKind<T>(Func<string, ReadContext, ParseOutcome<T>> parse)
    where T : struct
{
    public ParseOutcome<T> Parse(string text, ReadContext context) => parse(text, context);
}
