using CareLedger.Domain;
using CareLedger.Domain.Periods;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading.Yaml;
using CareLedger.Specs.Validation;
using CareLedger.Specs.Validation.Texts;

namespace CareLedger.Specs.Actuals.Checking;

/// <summary>
/// Checks the values of one row and reports what is wrong with them where the row came from: missing values (unless
/// the reader of its file already has), periods and years resolved against the contract's calendar (CL008 outside
/// the term), figures that cannot be negative (CL806) and amounts in another currency (CL005) or in fractions of a
/// minor unit (CL006), which only a row from outside a file can hold.
/// </summary>
internal sealed class RowFindings(RowSource source, DiagnosticBag diagnostics, ContractReferences contract)
{
    public RowSource Source { get; } = source;

    /// <summary>The row in words, as messages start: <c>activity[2]</c> or <c>activity row 5</c>.</summary>
    public string Name => Source.Name;

    public string Where(string field) => Source.Where(field);

    /// <summary>True when the field has a value, or its source wrote one it could not read (already reported).</summary>
    public bool Has(string field, object? value) => value is not null || Source.Wrote(field);

    /// <summary>Reports a problem with a field's value, at the value.</summary>
    public void Error(string field, string code, string message) =>
        diagnostics.Error(Source.LocationOf(field), code, message);

    /// <summary>Reports a value that is allowed but probably wrong, at the value; it does not stop settlement.</summary>
    public void Warning(string field, string code, string message) =>
        diagnostics.Warning(Source.LocationOf(field), code, message);

    /// <summary>Reports a field the row lacks: at the row, where it belongs, but about the field.</summary>
    public void Missing(string field, string code, string message) =>
        diagnostics.Error(Source.Location with { Path = Source.Path.Key(field) }, code, message);

    /// <summary>Reports a problem with the row as a whole, at its start.</summary>
    public void ErrorAtRow(string code, string message) => diagnostics.Error(Source.Location, code, message);

    public T? Required<T>(string field, T? value)
        where T : struct
    {
        if (value is null)
        {
            ReportMissing(field);
        }

        return value;
    }

    /// <summary>
    /// Text with something in it, trimmed; blank text is missing. Text holding a character that acts rather than
    /// prints (CL013, <see cref="PrintableText"/>) is reported and treated as unreadable.
    /// </summary>
    public string? Text(string field, string? value, bool required = false, PrintableText.Kind kind = PrintableText.Kind.Line)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                ReportMissing(field);
            }

            return null;
        }

        if (PrintableText.Problem(text, kind) is { } problem)
        {
            Error(field, DiagnosticCodes.InvisibleCharacter, $"{Where(field)}: holds {problem}; delete it: what actuals say is printed on statements and in terminals, where such a character would hide, reorder or recolour the text.");
            return null;
        }

        return text;
    }

    /// <summary>A year, quarter or month of the term: <c>2016/17</c>, <c>2016/17-Q1</c>, <c>2016/17-M01</c>.</summary>
    public ContractPeriod? Period(string field, string? label)
    {
        if (Text(field, label, required: true) is not { } text)
        {
            return null;
        }

        if (contract.TryParsePeriod(text, out var period, out var error))
        {
            return period;
        }

        Error(field, DiagnosticCodes.BadPeriod, $"{Where(field)}: {error}");
        return null;
    }

    /// <summary>A contract year of the term: <c>2016/17</c> (or <c>2014</c> when the contract's years start in January).</summary>
    public ContractYear? Year(string field, string? label)
    {
        if (Text(field, label, required: true) is not { } text)
        {
            return null;
        }

        if (contract.Calendar.TryParseYear(text, out var year, out var error))
        {
            return year;
        }

        Error(field, DiagnosticCodes.BadPeriod, $"{Where(field)}: {error}");
        return null;
    }

    /// <summary>A number of units (activity, member-months) that cannot be below zero; reported, and still returned.</summary>
    public decimal? Count(string field, decimal? value, string what, bool required = false)
    {
        if (value is null)
        {
            if (required)
            {
                ReportMissing(field);
            }

            return null;
        }

        if (value < 0m)
        {
            Error(field, DiagnosticCodes.NegativeActual, $"{Where(field)}: {NumberSyntax.Format(value.Value)} is negative; {what} cannot be less than zero.");
        }
        else if (value > Limits.Units)
        {
            Error(field, DiagnosticCodes.Absurd, $"{Where(field)}: {NumberSyntax.Format(value.Value)} is more than a billion, more {what} than one row of any contract of this kind holds; check the figure.");
            return null;
        }

        return value;
    }

    /// <summary>An amount (a price, a cost, spend) that cannot be below zero; reported, and still returned.</summary>
    public Money? Amount(string field, Money? value, string what, bool required = false)
    {
        if (value is not { } amount)
        {
            if (required)
            {
                ReportMissing(field);
            }

            return null;
        }

        if (amount.Currency != contract.Currency)
        {
            Error(field, DiagnosticCodes.WrongUnit, $"{Where(field)}: {amount} is in {amount.Currency.Code}, but the contract is in {contract.Currency.Code}; give amounts in {contract.Currency.Code}.");
            return null;
        }

        if (!amount.IsWholeMinorUnits)
        {
            var places = amount.Currency.MinorUnits.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Error(field, DiagnosticCodes.BadAmount, $"{Where(field)}: {amount.ToPlainString()} has more than {places} decimal places; {amount.Currency.Code} amounts are exact to the minor unit.");
            return null;
        }

        if (amount.IsNegative)
        {
            Error(field, DiagnosticCodes.NegativeActual, $"{Where(field)}: {amount.ToPlainString()} is negative; {what} cannot be less than zero.");
        }
        else if (amount.Amount > Limits.Amount)
        {
            Error(field, DiagnosticCodes.Absurd, $"{Where(field)}: {amount.ToPlainString()} is over 100bn, more than any contract of this kind holds; check the figure and its suffix (k, m or bn).");
            return null;
        }

        return amount;
    }

    // A file's reader has reported a missing or unreadable value where it was written; a row from elsewhere has not.
    private void ReportMissing(string field)
    {
        if (!Source.ReadFromText)
        {
            Missing(field, DiagnosticCodes.MissingRequired, $"'{field}' is required in {Name}.");
        }
    }
}
