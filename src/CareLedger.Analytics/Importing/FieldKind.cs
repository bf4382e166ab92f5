namespace CareLedger.Analytics.Importing;

/// <summary>How a source column is checked and converted into the store.</summary>
internal enum FieldKind
{
    Text,
    Code,
    Date,
    Age,
    Sex,
    Count,
    PointOfDelivery,
    ServiceLine,
    AdmissionMethod,
    PatientClass,

    /// <summary>HES outpatients' FIRSTATT: first or follow-up, face to face or not.</summary>
    FirstAttendance,

    /// <summary>HES outpatients' ATTENDED: whether the appointment took place.</summary>
    AttendanceStatus,
}
