namespace CareLedger.Analytics.Costing;

/// <summary>
/// The points of delivery CareLedger prices activity at, each matching one service of the National Cost Collection
/// schedule, and the service line each belongs to when a file does not say. The list is fixed: these strings are
/// the only values the store's <c>pod</c> column holds.
/// </summary>
public static class PointOfDelivery
{
    public const string Elective = "elective";
    public const string DayCase = "daycase";
    public const string RegularDayNight = "regular-day-night";
    public const string NonElectiveShortStay = "non-elective-short";
    public const string NonElectiveLongStay = "non-elective-long";
    public const string Outpatient = "outpatient";
    public const string AccidentAndEmergency = "ae";

    public static IReadOnlyList<string> All { get; } =
        [Elective, DayCase, RegularDayNight, NonElectiveShortStay, NonElectiveLongStay, Outpatient, AccidentAndEmergency];

    /// <summary>The National Cost Collection "Service Code" priced as each point of delivery.</summary>
    public static IReadOnlyDictionary<string, string> NationalScheduleServices { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Elective Inpatients"] = Elective,
        ["Daycase"] = DayCase,
        ["Regular Day or Night Admissions"] = RegularDayNight,
        ["Non-Elective Inpatient - Short Stay"] = NonElectiveShortStay,
        ["Non-Elective Inpatient - Long Stay"] = NonElectiveLongStay,
        // Hospital outpatient extracts are consultant-led clinics; non-consultant-led and procedure rows are other
        // currencies a local price list can add.
        ["Consultant Led"] = Outpatient,
        ["Emergency Care"] = AccidentAndEmergency,
    };

    /// <summary>
    /// The service line a row belongs to when its file does not say, by point of delivery (<paramref name="pod"/> is
    /// a SQL expression): planned care (elective, day case, regular attenders), unplanned admissions, outpatients,
    /// and A&amp;E.
    /// </summary>
    public static string ServiceLineSql(string pod) => $"""
        CASE {pod}
            WHEN 'elective' THEN 'elective'
            WHEN 'daycase' THEN 'elective'
            WHEN 'regular-day-night' THEN 'elective'
            WHEN 'non-elective-short' THEN 'non-elective'
            WHEN 'non-elective-long' THEN 'non-elective'
            WHEN 'outpatient' THEN 'outpatients'
            ELSE 'a-and-e'
        END
        """;
}
