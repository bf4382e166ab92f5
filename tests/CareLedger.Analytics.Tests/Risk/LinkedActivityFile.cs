using CareLedger.Analytics.Risk;

namespace CareLedger.Analytics.Tests.Risk;

/// <summary>The synthetic population's linked activity (<see cref="SyntheticActivityFile"/>) as text, for a test to write where it needs it.</summary>
public static class LinkedActivityFile
{
    /// <inheritdoc cref="SyntheticActivityFile.Prices"/>
    public const string Prices = SyntheticActivityFile.Prices;

    /// <inheritdoc cref="SyntheticActivityFile.Write"/>
    public static string Write(SyntheticPopulation population, int unknownSexEvery = 0, bool secondYear = true, bool withAge = true, IReadOnlyList<string>? practiceCodes = null)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        SyntheticActivityFile.Write(population, text, unknownSexEvery, secondYear, withAge, practiceCodes);
        return text.ToString();
    }
}
