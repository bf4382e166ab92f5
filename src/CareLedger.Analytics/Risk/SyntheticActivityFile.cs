using System.Globalization;

namespace CareLedger.Analytics.Risk;

/// <summary>
/// The synthetic population (<see cref="SyntheticPopulationGenerator"/>) as linked patient-level activity in the generic
/// layout (docs/activity.md), over two financial years, so the risk model can be tried end to end on a workspace
/// without real data: in 2022/23 each person has one outpatient appointment (so the store knows everyone), one more per
/// long-term condition with a primary diagnosis naming it, and their last-year emergency admissions as non-elective
/// short stays; in 2023/24, a year older, the same appointments and their next-year emergency admissions. Practices are
/// coded P000 to P059, or by the codes given for the first ones. <see cref="Prices"/> prices every row.
/// </summary>
public static class SyntheticActivityFile
{
    /// <summary>The header of the generic layout the file is written in.</summary>
    public const string Header = "patient_id,record_id,date,provider,pod,hrg,units,age,sex,practice,diagnosis";

    /// <summary>A local price list for the file: appointments £120.25, admissions £1,500.50.</summary>
    public const string Prices = "pod,hrg,unit_cost,activity\noutpatient,WF01A,120.2500,10\nnon-elective-short,NE01A,1500.5000,3\n";

    /// <summary>Diagnoses naming distinct long-term conditions, one per condition a person has (at most 8).</summary>
    private static readonly string[] ConditionDiagnoses = ["E119", "I500", "J449", "N183", "I489", "C509", "F03X", "G409"];

    /// <summary>Writes the file; returns the records written.</summary>
    /// <param name="unknownSexEvery">People whose id is a multiple of this have sex 'U' (not known) on every record; 0 for none.</param>
    /// <param name="secondYear">False writes 2022/23 only.</param>
    /// <param name="withAge">False leaves every age empty.</param>
    /// <param name="practiceCodes">Codes for the first practices (practice 0 is the first code); the others stay P0NN.</param>
    public static long Write(SyntheticPopulation population, TextWriter output, int unknownSexEvery = 0, bool secondYear = true, bool withAge = true, IReadOnlyList<string>? practiceCodes = null)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Header);
        output.Write('\n');
        long records = 0;
        foreach (var person in population.People)
        {
            var sex = unknownSexEvery > 0 && person.Id % unknownSexEvery == 0 ? "U" : person.Female ? "F" : "M";
            var practice = practiceCodes is not null && person.Practice < practiceCodes.Count
                ? practiceCodes[person.Practice] : $"P{person.Practice.ToString("000", CultureInfo.InvariantCulture)}";
            records += Year(output, person, practice, 2022, person.Age, sex, person.PriorAdmissions, withAge);
            if (secondYear)
            {
                records += Year(output, person, practice, 2023, person.Age + 1, sex, person.NextYearAdmissions, withAge);
            }
        }

        return records;
    }

    private static int Year(TextWriter output, SyntheticPerson person, string practice, int year, int age, string sex, int admissions, bool withAge)
    {
        var id = $"S{person.Id.ToString("000000", CultureInfo.InvariantCulture)}";
        var ageText = withAge ? age.ToString(CultureInfo.InvariantCulture) : string.Empty;
        var start = new DateOnly(year, 5, 1).AddDays(person.Id % 150);
        var rows = 0;
        void Row(string record, DateOnly date, string pod, string hrg, string diagnosis)
        {
            output.Write(string.Create(CultureInfo.InvariantCulture, $"{id},{id}-{year}-{record},{date:yyyy-MM-dd},RX1,{pod},{hrg},1,{ageText},{sex},{practice},{diagnosis}\n"));
            rows++;
        }

        Row("op", start, "outpatient", "WF01A", string.Empty);
        for (var condition = 0; condition < person.Conditions; condition++)
        {
            Row("c" + condition.ToString(CultureInfo.InvariantCulture), start.AddDays(1 + condition), "outpatient", "WF01A", ConditionDiagnoses[condition]);
        }

        for (var admission = 0; admission < admissions; admission++)
        {
            Row("a" + admission.ToString(CultureInfo.InvariantCulture), start.AddDays(20 + (7 * admission)), "non-elective-short", "NE01A", string.Empty);
        }

        return rows;
    }
}
