namespace CareLedger.Specs.Reading.Yaml;

/// <summary>
/// The result of reading one scalar: a value, or the diagnostic code and message that say why not. A failure with
/// no code could not be judged (a year label before the term is known) and is not reported.
/// </summary>
internal readonly record struct ParseOutcome<T>(bool Succeeded, T Value, string? Code, string? Message)
    where T : struct
{
    public static ParseOutcome<T> Success(T value) => new(true, value, null, null);

    public static ParseOutcome<T> Failure(string code, string message) => new(false, default, code, message);

    public static ParseOutcome<T> Unjudged { get; } = new(false, default, null, null);
}
