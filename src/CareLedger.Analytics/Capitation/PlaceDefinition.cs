namespace CareLedger.Analytics.Capitation;

/// <summary>
/// A place as a set of practices: those whose ICB, local authority district or PCN is one of the codes (a place may
/// join several districts, as a CCG-era contract often did), or the practices listed. Codes are compared in upper
/// case, as the file is read.
/// </summary>
public sealed record PlaceDefinition(PlaceKind Kind, IReadOnlyList<string> Codes)
{
    public static PlaceDefinition Icb(params IEnumerable<string> codes) => new(PlaceKind.Icb, Clean(codes));

    public static PlaceDefinition LocalAuthorityDistrict(params IEnumerable<string> codes) => new(PlaceKind.LocalAuthorityDistrict, Clean(codes));

    public static PlaceDefinition PrimaryCareNetwork(params IEnumerable<string> codes) => new(PlaceKind.PrimaryCareNetwork, Clean(codes));

    public static PlaceDefinition PracticeList(params IEnumerable<string> codes) => new(PlaceKind.Practices, Clean(codes));

    /// <summary>For reading: "ICB QHM", "local authority districts E07000170 + E07000174", "3 listed practices".</summary>
    public string Describe() => Kind switch
    {
        PlaceKind.Icb => Named("ICB", "ICBs"),
        PlaceKind.LocalAuthorityDistrict => Named("local authority district", "local authority districts"),
        PlaceKind.PrimaryCareNetwork => Named("PCN", "PCNs"),
        _ => Codes.Count == 1 ? $"practice {Codes[0]}" : $"{Codes.Count} listed practices",
    };

    /// <summary>True when the practice belongs to the place.</summary>
    public bool Contains(PracticeWeighting practice) => Kind switch
    {
        PlaceKind.Icb => Codes.Contains(practice.Codes.Icb),
        PlaceKind.LocalAuthorityDistrict => Codes.Contains(practice.Codes.Lad),
        PlaceKind.PrimaryCareNetwork => practice.Codes.Pcn.Length > 0 && Codes.Contains(practice.Codes.Pcn),
        _ => Codes.Contains(practice.Code),
    };

    private string Named(string one, string many) => Codes.Count == 1 ? $"{one} {Codes[0]}" : $"{many} {string.Join(" + ", Codes)}";

    private static string[] Clean(IEnumerable<string> codes) =>
        [.. codes.SelectMany(code => code.Split(',')).Select(code => code.Trim().ToUpperInvariant()).Where(code => code.Length > 0).Distinct(StringComparer.Ordinal)];
}
