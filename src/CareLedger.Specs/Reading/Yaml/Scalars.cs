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

    /// <summary>
    /// A baseline year label (<c>2015/16</c>) as the twelve months it names: the first contract year or any year before
    /// it, since a budget cannot start from spend measured after it begins.
    /// </summary>
    public static ScalarKind<FinancialYear> BaseYear { get; } = new((text, context) => ReadBaseYear(text, context));

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

    private static ParseOutcome<FinancialYear> ReadBaseYear(string text, ReadContext context)
    {
        if (context.Calendar is null)
        {
            return ParseOutcome<FinancialYear>.Unjudged;
        }

        var written = text.Trim();
        if (!context.Calendar.TryParseFinancialYear(written, out var year, out var error))
        {
            // Text such as "2015/16 outturn" mixes the year with what the spend is; the words have their own key.
            var words = written.Any(char.IsWhiteSpace) ? " Words about the spend go in 'description'." : string.Empty;
            return ParseOutcome<FinancialYear>.Failure(DiagnosticCodes.BadPeriod, error + words);
        }

        var first = context.Calendar.Years[0];
        return year.Start <= first.Anchor
            ? ParseOutcome<FinancialYear>.Success(year)
            : ParseOutcome<FinancialYear>.Failure(
                DiagnosticCodes.BadPeriod,
                $"'{written}' is after the contract's first year; the baseline is the spend the first year's budget starts from, so its year is {first.Label} or earlier.");
    }
}
