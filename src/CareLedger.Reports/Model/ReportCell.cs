using CareLedger.Domain;

namespace CareLedger.Reports.Model;

/// <summary>
/// One cell of a report table: text, or an amount of money kept exact so that a spreadsheet gets a number cell and a
/// PDF or CSV the same digits the screen shows. Never a formula, whatever its text starts with.
/// </summary>
public readonly record struct ReportCell(string Text, Money? Amount)
{
    public static ReportCell Of(string? text) => new(text ?? string.Empty, null);

    public static ReportCell Of(Money amount) => new(amount.ToString(), amount);

    public bool IsMoney => Amount is not null;
}
