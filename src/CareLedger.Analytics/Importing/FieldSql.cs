using CareLedger.Analytics.Costing;

namespace CareLedger.Analytics.Importing;

/// <summary>
/// The SQL that converts and checks one source column. Column names come only from <see cref="LayoutDefinition"/>'s
/// fixed lists (checked against the file's header), so quoting them as identifiers is safe; no user text reaches SQL
/// except as a parameter. Every check is the negation of what the conversion accepts, so a row that passes every
/// check always converts.
/// </summary>
internal static class FieldSql
{

    private const string AdmissionMethods = "('11','12','13','21','22','23','24','25','2A','2B','2C','2D','28','31','32','81','82','83','84','89','98','99')";

    private const string PatientClasses = "('1','2','3','4','5','8','9')";

    private const string SexCodes = "('0','1','2','9','M','F','U','m','f','u')";

    public static string Quote(string column) => "\"" + column.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>The cell with surrounding spaces removed and empty (or HES's '&amp;' "not applicable") as NULL.</summary>
    public static string Cell(string column) => $"NULLIF(NULLIF(trim({Quote(column)}), ''), '&')";

    /// <summary>The converted value, as the store's column holds it.</summary>
    public static string Convert(LayoutField field)
    {
        var cell = Cell(field.Column);
        return field.Kind switch
        {
            FieldKind.Code => $"upper({cell})",
            FieldKind.Date => $"CAST({cell} AS DATE)",
            // HES writes the ages of babies under one as 7001–7007 (under a day … 6–11 months), sometimes as 7001.0.
            FieldKind.Age => $"CASE WHEN CAST({cell} AS DECIMAL(9,3)) BETWEEN 7001 AND 7007 THEN 0 ELSE CAST(floor(CAST({cell} AS DECIMAL(9,3))) AS INTEGER) END",
            FieldKind.Sex => $"CASE upper({cell}) WHEN '1' THEN 'M' WHEN 'M' THEN 'M' WHEN '2' THEN 'F' WHEN 'F' THEN 'F' ELSE 'U' END",
            FieldKind.Count => $"CAST({cell} AS INTEGER)",
            _ => cell,
        };
    }

    /// <summary>A condition true for a row whose cell this field cannot accept, and the reason to print for it.</summary>
    public static IEnumerable<(string Condition, string Reason)> Checks(LayoutField field)
    {
        var cell = Cell(field.Column);
        if (field.Required)
        {
            yield return ($"{cell} IS NULL", $"is empty; every row needs {Describe(field)}");
        }

        var check = field.Kind switch
        {
            FieldKind.Date => ($"{cell} IS NOT NULL AND TRY_CAST({cell} AS DATE) IS NULL", "is not a date: write it as YYYY-MM-DD"),
            FieldKind.Age => ($"{cell} IS NOT NULL AND coalesce(NOT (TRY_CAST({cell} AS DECIMAL(9,3)) BETWEEN 0 AND 130 OR TRY_CAST({cell} AS DECIMAL(9,3)) BETWEEN 7001 AND 7007), true)",
                "is not an age in years (0 to 130, or HES's 7001-7007 for babies under one)"),
            FieldKind.Sex => ($"{cell} IS NOT NULL AND {cell} NOT IN {SexCodes}", "is not a sex code: use 1 or M (male), 2 or F (female), 9, 0 or U (not known)"),
            FieldKind.Count => ($"{cell} IS NOT NULL AND coalesce(TRY_CAST({cell} AS INTEGER) NOT BETWEEN 0 AND 1000000, true)", "is not a whole number from 0 to 1,000,000"),
            FieldKind.PointOfDelivery => ($"{cell} IS NOT NULL AND {cell} NOT IN ({string.Join(',', PointOfDelivery.All.Select(p => $"'{p}'"))})",
                "is not a point of delivery: use " + string.Join(", ", PointOfDelivery.All)),
            FieldKind.ServiceLine => ($"{cell} IS NOT NULL AND NOT regexp_full_match({cell}, '[a-z0-9][a-z0-9-]{{0,63}}')",
                "is not a service line id: use lower-case letters, digits and hyphens, as the contract names it"),
            FieldKind.AdmissionMethod => ($"{cell} IS NOT NULL AND upper({cell}) NOT IN {AdmissionMethods}",
                "is not a HES admission method (11-13 elective, 21-2D and 28 emergency, 31-32 maternity, 81-89 other, 98-99 not known)"),
            FieldKind.PatientClass => ($"{cell} IS NOT NULL AND {cell} NOT IN {PatientClasses}",
                "is not a HES patient classification (1 ordinary, 2 day case, 3 regular day, 4 regular night, 5 mothers and babies, 8-9 not known)"),
            FieldKind.FirstAttendance => ($"{cell} IS NOT NULL AND upper({cell}) NOT IN {OutpatientCurrency.FirstAttendanceCodes}",
                "is not a HES first attendance code (1 first, 2 follow-up, 3 first by telephone or video, 4 follow-up by telephone or video, 5 administrative, 9 or X not known)"),
            FieldKind.AttendanceStatus => ($"{cell} IS NOT NULL AND {cell} NOT IN {OutpatientCurrency.AttendedCodes}",
                "is not a HES attended code (5 or 6 seen, 7 too late to be seen, 3 did not attend, 2 or 4 cancelled, 0 not yet, 9 not known)"),
            _ => ($"length({cell}) > 200", "is longer than 200 characters"),
        };
        yield return check;
    }

    private static string Describe(LayoutField field) => field.Target switch
    {
        "patient_id" => "a patient identifier",
        "record_id" => "a record key",
        "activity_date" => "a date",
        "provider" => "a provider code",
        "pod" => "a point of delivery",
        _ => "a value here",
    };
}
