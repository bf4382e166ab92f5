using CareLedger.Analytics.Costing;

namespace CareLedger.Analytics.Importing;

/// <summary>
/// What one layout reads: its setting (apc, op, ae, generic), the fields it takes from the file, how each row's
/// point of delivery is found, and — for outpatients — the currency used when the file gives no HRG and whether the
/// appointment took place (<see cref="OutpatientCurrency"/>). HES files carry many more columns; only these are read.
/// Every SQL expression here may name any of the layout's columns: one the file lacks is read as NULL.
/// </summary>
internal sealed record LayoutDefinition(string Setting, IReadOnlyList<LayoutField> Fields, string PodSql, string DerivedHrgSql = "CAST(NULL AS VARCHAR)", string AttendanceSql = "CAST(NULL AS VARCHAR)")
{
    /// <summary>
    /// The admitted-care point of delivery from HES's patient classification and admission method: regular day and
    /// night attenders (CLASSPAT 3, 4); elective admissions (ADMIMETH 1x) as day cases (CLASSPAT 2) or inpatients;
    /// every other admission — emergency, maternity, other and "not known" (98, 99), which HES records mostly for
    /// unplanned care — as non-elective, short stay when the stay lasted 0 or 1 days (the NCC's definition). The stay
    /// is the spell's (SPELDUR), not the episode's: a one-day episode inside a ten-day emergency admission is part of a
    /// long stay. Files without SPELDUR fall back to the episode's EPIDUR.
    /// </summary>
    private const string AdmittedPodSql = """
        CASE
            WHEN NULLIF(trim("CLASSPAT"), '') IN ('3', '4') THEN 'regular-day-night'
            WHEN left(trim("ADMIMETH"), 1) = '1' AND trim("CLASSPAT") = '2' THEN 'daycase'
            WHEN left(trim("ADMIMETH"), 1) = '1' THEN 'elective'
            WHEN coalesce(TRY_CAST(trim("SPELDUR") AS INTEGER), TRY_CAST(trim("EPIDUR") AS INTEGER), 0) <= 1 THEN 'non-elective-short'
            ELSE 'non-elective-long'
        END
        """;

    public static LayoutDefinition For(ActivityLayout layout) => layout switch
    {
        ActivityLayout.HesAdmitted => new("apc",
        [
            new("patient_id", "PSEUDO_HESID", FieldKind.Text, Required: true),
            new("record_id", "EPIKEY", FieldKind.Text, Required: true),
            new("activity_date", "EPISTART", FieldKind.Date, Required: true),
            new("provider", "PROCODE3", FieldKind.Code, Required: true),
            new("practice", "GPPRAC", FieldKind.Code),
            new("age", "STARTAGE", FieldKind.Age),
            new("sex", "SEX", FieldKind.Sex),
            new("specialty", "TRETSPEF", FieldKind.Text),
            new("diagnosis", "DIAG_4_01", FieldKind.Code),
            new("hrg", "SUSHRG", FieldKind.Code),
            new("length_of_stay", "EPIDUR", FieldKind.Count, Required: true),
            new("spell_length", "SPELDUR", FieldKind.Count),
            new("admission_method", "ADMIMETH", FieldKind.AdmissionMethod, Required: true),
            new("patient_class", "CLASSPAT", FieldKind.PatientClass, Required: true),
        ], AdmittedPodSql),
        ActivityLayout.HesOutpatient => new("op",
        [
            new("patient_id", "PSEUDO_HESID", FieldKind.Text, Required: true),
            new("record_id", "ATTENDKEY", FieldKind.Text, Required: true),
            new("activity_date", "APPTDATE", FieldKind.Date, Required: true),
            new("provider", "PROCODE3", FieldKind.Code, Required: true),
            new("practice", "GPPRAC", FieldKind.Code),
            new("age", "APPTAGE", FieldKind.Age),
            new("sex", "SEX", FieldKind.Sex),
            new("specialty", "TRETSPEF", FieldKind.Text),
            new("diagnosis", "DIAG_4_01", FieldKind.Code),
            new("hrg", "SUSHRG", FieldKind.Code),
            new("first_attendance", "FIRSTATT", FieldKind.FirstAttendance),
            new("attended", "ATTENDED", FieldKind.AttendanceStatus),
        ], $"'{PointOfDelivery.Outpatient}'", OutpatientCurrency.HrgSql(FieldSql.Cell("FIRSTATT")), OutpatientCurrency.AttendanceSql(FieldSql.Cell("ATTENDED"))),
        ActivityLayout.HesAccidentAndEmergency => new("ae",
        [
            new("patient_id", "PSEUDO_HESID", FieldKind.Text, Required: true),
            new("record_id", "AEKEY", FieldKind.Text, Required: true),
            new("activity_date", "ARRIVALDATE", FieldKind.Date, Required: true),
            new("provider", "PROCODE3", FieldKind.Code, Required: true),
            new("practice", "GPPRAC", FieldKind.Code),
            new("age", "ARRIVALAGE", FieldKind.Age),
            new("sex", "SEX", FieldKind.Sex),
            new("hrg", "SUSHRG", FieldKind.Code),
        ], $"'{PointOfDelivery.AccidentAndEmergency}'"),
        ActivityLayout.Generic => new("generic",
        [
            new("patient_id", "patient_id", FieldKind.Text, Required: true),
            new("record_id", "record_id", FieldKind.Text, Required: true),
            new("activity_date", "date", FieldKind.Date, Required: true),
            new("provider", "provider", FieldKind.Code, Required: true),
            new("pod", "pod", FieldKind.PointOfDelivery, Required: true),
            new("practice", "practice", FieldKind.Code),
            new("age", "age", FieldKind.Age),
            new("sex", "sex", FieldKind.Sex),
            new("specialty", "specialty", FieldKind.Text),
            new("diagnosis", "diagnosis", FieldKind.Code),
            new("hrg", "hrg", FieldKind.Code),
            new("service_line", "service_line", FieldKind.ServiceLine),
            new("units", "units", FieldKind.Count),
            new("length_of_stay", "length_of_stay", FieldKind.Count),
        ], "NULLIF(trim(\"pod\"), '')"),
        _ => throw new ArgumentOutOfRangeException(nameof(layout), layout, "Not a layout."),
    };

    /// <summary>The columns every file of this layout must have in its header.</summary>
    public IEnumerable<string> RequiredColumns => Fields.Where(each => each.Required).Select(each => each.Column);
}
