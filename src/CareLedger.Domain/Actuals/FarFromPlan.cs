using System.Globalization;

namespace CareLedger.Domain.Actuals;

/// <summary>
/// Activity far outside its plan: more than <see cref="Factor"/> times the planned units, or less than a
/// <see cref="Factor"/>th of them. Real activity rarely moves that far in one period; a row that does is usually a
/// slip (6,060 typed for 606, a year's plan against a month's activity), and it would move money on account at once.
/// The actuals check warns at the row and the settlement notes it; neither refuses it, since it can be true.
/// </summary>
public static class FarFromPlan
{
    /// <summary>How far from plan is far: more than 3× the plan, or less than a third of it.</summary>
    public const decimal Factor = 3m;

    /// <summary>The threshold in words, for messages.</summary>
    public const string Threshold = "more than 3× the plan or less than a third of it";

    /// <summary>True when the plan is positive and the actual is beyond the threshold either way. A zero plan has no ratio to judge.</summary>
    public static bool Applies(decimal planned, decimal actual) =>
        planned > 0m && (actual > planned * Factor || actual * Factor < planned);

    /// <summary>e.g. <c>actual 6,060 is 10× the planned 606</c>; the ratio is for reading only, rounded for display.</summary>
    public static string Describe(decimal planned, decimal actual)
    {
        var ratio = DisplayRounding.Round(actual / planned, 2);
        return string.Create(CultureInfo.InvariantCulture, $"actual {actual:#,0.##} is {ratio:0.##}× the planned {planned:#,0.##}");
    }
}
