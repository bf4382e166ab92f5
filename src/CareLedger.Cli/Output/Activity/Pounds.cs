using System.Globalization;

namespace CareLedger.Cli.Output.Activity;

/// <summary>Amounts from the activity store as printed: pounds with thousands separators, as the figure holds them (never re-rounded).</summary>
internal static class Pounds
{
    public static string Of(decimal amount) => "£" + amount.ToString("#,##0.00##", CultureInfo.InvariantCulture);

    public static string Plain(decimal amount) => amount.ToString("0.00##", CultureInfo.InvariantCulture);

    public static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
