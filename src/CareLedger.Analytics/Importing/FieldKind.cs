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
}
