namespace CareLedger.Analytics.Importing;

/// <summary>The column layouts <c>careledger activity import --layout</c> reads.</summary>
public enum ActivityLayout
{
    /// <summary>HES admitted patient care (episodes): <c>EPIKEY</c>, <c>EPISTART</c>, <c>ADMIMETH</c>, <c>CLASSPAT</c>, …</summary>
    HesAdmitted,

    /// <summary>HES outpatients (appointments): <c>ATTENDKEY</c>, <c>APPTDATE</c>, …</summary>
    HesOutpatient,

    /// <summary>HES A&amp;E (attendances): <c>AEKEY</c>, <c>ARRIVALDATE</c>, …</summary>
    HesAccidentAndEmergency,

    /// <summary>CareLedger's own documented layout for any other source (docs/activity-import.md).</summary>
    Generic,
}
