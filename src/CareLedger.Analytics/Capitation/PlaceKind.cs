namespace CareLedger.Analytics.Capitation;

/// <summary>How a place is drawn: every practice of an ICB, a local authority district or a PCN, or a list of practices.</summary>
public enum PlaceKind
{
    Icb,
    LocalAuthorityDistrict,
    PrimaryCareNetwork,
    Practices,
}
