using CareLedger.Domain;
using CareLedger.Domain.Periods;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Reading.Yaml;

/// <summary>The kinds of scalar the contract format uses, each reading raw text exactly as the spec defines it.</summary>
internal static class Scalars
{
    public static ScalarKind<Money> Amount { get; } = new((text, context) => AmountSyntax.Parse(text, context.Currency));

    public static ScalarKind<Percentage> Rate { get; } = new((text, _) => PercentageSyntax.Parse(text));

    public static ScalarKind<Share> Proportion { get; } = new((text, _) => ShareSyntax.Parse(text));

    public static ScalarKind<decimal> Number { get; } = new((text, _) => NumberSyntax.Decimal(text));

    public static ScalarKind<int> WholeNumber { get; } = new((text, _) => NumberSyntax.WholeNumber(text));

    public static ScalarKind<bool> YesNo { get; } = new((text, _) => NumberSyntax.YesNo(text));

    /// <summary>A calendar month <c>2016-04</c>.</summary>
    public static ScalarKind<YearMonth> Month { get; } = new((text, _) => ReadMonth(text));

    /// <summary>A contract year label (<c>2016/17</c>, or <c>2014</c> for calendar years), read as its year number.</summary>
    public static ScalarKind<int> Year { get; } = new((text, context) => ReadYear(text, context));

    public static ScalarKind<Id<TEntity>> Id<TEntity>() => IdSyntax<TEntity>.Kind;

    private static ParseOutcome<YearMonth> ReadMonth(string text) =>
        YearMonth.TryParse(text.Trim(), out var month)
            ? ParseOutcome<YearMonth>.Success(month)
            : ParseOutcome<YearMonth>.Failure(DiagnosticCodes.BadPeriod, $"'{text.Trim()}' is not a month; write it as YYYY-MM, e.g. 2016-04.");

    private static ParseOutcome<int> ReadYear(string text, ReadContext context)
    {
        if (context.Calendar is null)
        {
            return ParseOutcome<int>.Unjudged;
        }

        return context.Calendar.TryParseYear(text.Trim(), out var year, out var error)
            ? ParseOutcome<int>.Success(year!.Number)
            : ParseOutcome<int>.Failure(DiagnosticCodes.BadPeriod, error);
    }
}
