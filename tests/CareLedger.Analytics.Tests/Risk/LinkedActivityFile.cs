using System.Globalization;
using System.Text;
using CareLedger.Analytics.Risk;

namespace CareLedger.Analytics.Tests.Risk;

/// <summary>
/// Linked patient-level activity with a known risk structure, in the generic layout: the synthetic population's
/// people (SyntheticPopulationGenerator) over two financial years. In 2022/23 each person has one outpatient
/// appointment (so the store knows everyone), one outpatient appointment per long-term condition with a diagnosis
/// naming it, and their last-year emergency admissions as non-elective short stays; in 2023/24, a year older, the same
/// appointments and their next-year emergency admissions. Practices are coded P000 to P059, or by the codes given.
/// </summary>
public static class LinkedActivityFile
{
    /// <summary>A local price list for the file: appointments £120.25, admissions £1,500.50.</summary>
    public const string Prices = "pod,hrg,unit_cost,activity\noutpatient,WF01A,120.2500,10\nnon-elective-short,NE01A,1500.5000,3\n";

    /// <summary>Diagnoses naming distinct long-term conditions, one per condition a person has (at most 8).</summary>
    private static readonly string[] ConditionDiagnoses = ["E119", "I500", "J449", "N183", "I489", "C509", "F03X", "G409"];

    /// <param name="unknownSexEvery">People whose id is a multiple of this have sex 'U' (not known) on every record; 0 for none.</param>
    /// <param name="secondYear">False writes 2022/23 only.</param>
    /// <param name="withAge">False leaves every age empty.</param>
    /// <param name="practiceCodes">Codes for the first practices (practice 0 is the first code); the others stay P0NN.</param>
    public static string Write(SyntheticPopulation population, int unknownSexEvery = 0, bool secondYear = true, bool withAge = true, IReadOnlyList<string>? practiceCodes = null)
    {
        ArgumentNullException.ThrowIfNull(population);
        var text = new StringBuilder("patient_id,record_id,date,provider,pod,hrg,units,age,sex,practice,diagnosis\n");
        foreach (var person in population.People)
        {
            var sex = unknownSexEvery > 0 && person.Id % unknownSexEvery == 0 ? "U" : person.Female ? "F" : "M";
            var practice = practiceCodes is not null && person.Practice < practiceCodes.Count
                ? practiceCodes[person.Practice] : $"P{person.Practice.ToString("000", CultureInfo.InvariantCulture)}";
            Year(text, person, practice, 2022, person.Age, sex, person.PriorAdmissions, withAge);
            if (secondYear)
            {
                Year(text, person, practice, 2023, person.Age + 1, sex, person.NextYearAdmissions, withAge);
            }
        }

        return text.ToString();
    }

    private static void Year(StringBuilder text, SyntheticPerson person, string practice, int year, int age, string sex, int admissions, bool withAge)
    {
        var id = $"S{person.Id.ToString("000000", CultureInfo.InvariantCulture)}";
        var ageText = withAge ? age.ToString(CultureInfo.InvariantCulture) : string.Empty;
        var start = new DateOnly(year, 5, 1).AddDays(person.Id % 150);
        void Row(string record, DateOnly date, string pod, string hrg, string diagnosis) =>
            text.Append(id).Append(',').Append(id).Append('-').Append(year).Append('-').Append(record).Append(',').Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .Append(",RX1,").Append(pod).Append(',').Append(hrg).Append(",1,").Append(ageText).Append(',').Append(sex).Append(',').Append(practice).Append(',').Append(diagnosis).Append('\n');

        Row("op", start, "outpatient", "WF01A", string.Empty);
        for (var condition = 0; condition < person.Conditions; condition++)
        {
            Row("c" + condition.ToString(CultureInfo.InvariantCulture), start.AddDays(1 + condition), "outpatient", "WF01A", ConditionDiagnoses[condition]);
        }

        for (var admission = 0; admission < admissions; admission++)
        {
            Row("a" + admission.ToString(CultureInfo.InvariantCulture), start.AddDays(20 + (7 * admission)), "non-elective-short", "NE01A", string.Empty);
        }
    }
}
