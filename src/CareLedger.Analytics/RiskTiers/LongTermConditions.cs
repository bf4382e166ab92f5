using System.Globalization;

namespace CareLedger.Analytics.RiskTiers;

/// <summary>
/// The long-term conditions a workspace's risk model counts, each as ranges of three-character ICD-10 categories
/// (the groups of the QOF registers and the Charlson index). The store keeps only a record's primary diagnosis, so a
/// condition is counted only when it was the main reason for a hospital record in the year: most long-term
/// conditions are coded as secondary diagnoses, and this count understates them (docs/population.md says so).
/// </summary>
internal static class LongTermConditions
{
    private static readonly (string Condition, char Letter, int From, int To)[] Ranges =
    [
        ("diabetes", 'E', 10, 14),
        ("hypertension", 'I', 10, 15),
        ("coronary heart disease", 'I', 20, 25),
        ("atrial fibrillation", 'I', 48, 48),
        ("heart failure", 'I', 50, 50),
        ("stroke or TIA", 'I', 60, 69),
        ("stroke or TIA", 'G', 45, 45),
        ("COPD", 'J', 40, 44),
        ("asthma", 'J', 45, 46),
        ("chronic kidney disease", 'N', 18, 18),
        ("dementia", 'F', 0, 3),
        ("dementia", 'G', 30, 30),
        ("cancer", 'C', 0, 97),
        ("epilepsy", 'G', 40, 40),
        ("serious mental illness", 'F', 20, 31),
        ("chronic liver disease", 'K', 70, 74),
    ];

    /// <summary>The conditions by name, for the documentation and the report.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Ranges.Select(range => range.Condition).Distinct()];

    /// <summary>
    /// A SQL <c>VALUES</c> list of (category, condition), made once from the constant ranges above (never from input),
    /// joined on the first three characters of a diagnosis: an equality join, so DuckDB hashes it.
    /// </summary>
    public static string ValuesSql { get; } = "(VALUES " + string.Join(", ",
        Ranges.SelectMany(range => Enumerable.Range(range.From, range.To - range.From + 1)
            .Select(number => $"('{range.Letter}{number.ToString("00", CultureInfo.InvariantCulture)}', '{range.Condition}')"))) + ")";
}
