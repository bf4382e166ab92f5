using System.Globalization;
using CareLedger.Domain;

namespace CareLedger.Cli.Output;

/// <summary>
/// Amounts as text. Formatting never rounds: an amount must already be a whole number of minor units (rounded at a
/// named point by whoever computed it); passing one that is not is a caller bug and throws.
/// </summary>
public static class AmountText
{
    /// <summary>For CSV and JSON: <c>-1250.00</c> — invariant, the currency's decimals, no symbol, no grouping.</summary>
    public static string Plain(Money amount)
    {
        RequireWholeMinorUnits(amount);
        return amount.Amount.ToString("F" + amount.Currency.MinorUnits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>For tables: <c>-£1,250.00</c> — symbol, thousands grouped, the currency's decimals.</summary>
    public static string Display(Money amount)
    {
        RequireWholeMinorUnits(amount);
        var digits = Math.Abs(amount.Amount).ToString("N" + amount.Currency.MinorUnits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return (amount.IsNegative ? "-" : string.Empty) + amount.Currency.Symbol + digits;
    }

    private static void RequireWholeMinorUnits(Money amount)
    {
        if (!amount.IsWholeMinorUnits)
        {
            throw new ArgumentException(
                $"{amount.Amount.ToString(CultureInfo.InvariantCulture)} {amount.Currency.Code} has more decimals than the currency; round it at a named point before formatting.",
                nameof(amount));
        }
    }
}
