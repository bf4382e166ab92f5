using CareLedger.Domain;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// One record of an actuals section as a section reader sees it, whichever file it came from: a mapping in a YAML
/// list (<see cref="YamlActualsRecord"/>) or a row of a CSV table (<see cref="CsvActualsRecord"/>). Each section is
/// parsed into its row by one piece of code for both formats. Typed reads report wrong formats and missing values
/// where they were written; what the values mean for the contract is checked on the row, by <see cref="ActualsChecker"/>.
/// </summary>
internal abstract class ActualsRecord(ActualsContext context)
{
    public ActualsContext Context { get; } = context;

    /// <summary>Where the record and each of its fields were written, carried on the row built from it.</summary>
    public abstract RowSource Source { get; }

    /// <summary>A key of the record in words: <c>activity[2].provider</c> or <c>activity row 5, column 'provider'</c>.</summary>
    public string Where(string key) => Source.Where(key);

    /// <summary>True when the key is written with a value.</summary>
    public abstract bool Has(string key);

    /// <summary>The key's value read as <paramref name="kind"/>, or null: absent (CL003 if required) or unreadable (reported).</summary>
    public abstract T? Read<T>(string key, ScalarKind<T> kind, bool required = false)
        where T : struct;

    /// <summary>The key's text, trimmed, or null when absent (CL003 if required).</summary>
    public abstract string? Text(string key, bool required = false);

    /// <summary>Reports every key the section does not know (YAML; a CSV table's columns are checked at its header).</summary>
    public abstract void Complete();

    public Id<TEntity>? Id<TEntity>(string key, bool required = true) => Read(key, Scalars.Id<TEntity>(), required);

    public decimal? Number(string key, bool required = false) => Read(key, Scalars.Number, required);

    public Money? Amount(string key, bool required = false) => Read(key, Scalars.Amount, required);
}
