using CareLedger.Domain;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// One record of an actuals section as a section reader sees it, whichever file it came from: a mapping in a YAML
/// list (<see cref="YamlActualsRecord"/>) or a row of a CSV table (<see cref="CsvActualsRecord"/>). Each section is
/// read by one piece of code for both formats. Typed reads report wrong formats and missing values where they were
/// written; <see cref="Count"/> and <see cref="Amount"/> also report a negative figure (CL806); <see cref="Error"/>
/// reports a problem with a value the reader has already read.
/// </summary>
internal abstract class ActualsRecord(ActualsContext context)
{
    public ActualsContext Context { get; } = context;

    /// <summary>The record in words, as messages start: <c>activity[2]</c> or <c>activity row 5</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Where the record was written, carried on the record built from it so settlement can cite it.</summary>
    public abstract SourceRef Source { get; }

    /// <summary>A key of the record in words: <c>activity[2].provider</c> or <c>activity row 5, column 'provider'</c>.</summary>
    public abstract string Where(string key);

    /// <summary>True when the key is written with a value.</summary>
    public abstract bool Has(string key);

    /// <summary>The key's value read as <paramref name="kind"/>, or null: absent (CL003 if required) or unreadable (reported).</summary>
    public abstract T? Read<T>(string key, ScalarKind<T> kind, bool required = false)
        where T : struct;

    /// <summary>The key's text, trimmed, or null when absent (CL003 if required).</summary>
    public abstract string? Text(string key, bool required = false);

    /// <summary>Reports a problem with a key's value, at the value; at the record when the key was not written.</summary>
    public abstract void Error(string key, string code, string message);

    /// <summary>Reports a problem with the record as a whole, at its start.</summary>
    public abstract void ErrorAtRecord(string code, string message);

    /// <summary>Reports every key the section does not know (YAML; a CSV table's columns are checked at its header).</summary>
    public abstract void Complete();

    /// <summary>A number of units (activity, member-months) that cannot be below zero.</summary>
    public decimal? Count(string key, string what, bool required = false)
    {
        var value = Read(key, Scalars.Number, required);
        if (value is < 0m)
        {
            Error(key, DiagnosticCodes.NegativeActual, $"{Where(key)}: {NumberSyntax.Format(value.Value)} is negative; {what} cannot be less than zero.");
        }

        return value;
    }

    /// <summary>An amount (a price, a cost, spend) that cannot be below zero.</summary>
    public Money? Amount(string key, string what, bool required = false)
    {
        var value = Read(key, Scalars.Amount, required);
        if (value is { IsNegative: true } negative)
        {
            Error(key, DiagnosticCodes.NegativeActual, $"{Where(key)}: {negative.ToPlainString()} is negative; {what} cannot be less than zero.");
        }

        return value;
    }
}
