namespace CareLedger.Analytics.Capitation;

/// <summary>
/// A place as a set of practices: those whose ICB, local authority district or PCN has the code, or those listed.
/// Codes are compared in upper case, as the file is read.
/// </summary>
public sealed record PlaceDefinition(PlaceKind Kind, IReadOnlyList<string> Codes)
{
    public static PlaceDefinition Icb(string code) => new(PlaceKind.Icb, [code.Trim().ToUpperInvariant()]);

    public static PlaceDefinition LocalAuthorityDistrict(string code) => new(PlaceKind.LocalAuthorityDistrict, [code.Trim().ToUpperInvariant()]);

    public static PlaceDefinition PrimaryCareNetwork(string code) => new(PlaceKind.PrimaryCareNetwork, [code.Trim().ToUpperInvariant()]);

    public static PlaceDefinition PracticeList(IEnumerable<string> codes) =>
        new(PlaceKind.Practices, [.. codes.Select(code => code.Trim().ToUpperInvariant()).Where(code => code.Length > 0).Distinct(StringComparer.Ordinal)]);

    /// <summary>For reading: "ICB QHM", "local authority district E06000004", "3 listed practices".</summary>
    public string Describe() => Kind switch
    {
        PlaceKind.Icb => $"ICB {Codes[0]}",
        PlaceKind.LocalAuthorityDistrict => $"local authority district {Codes[0]}",
        PlaceKind.PrimaryCareNetwork => $"PCN {Codes[0]}",
        _ => Codes.Count == 1 ? $"practice {Codes[0]}" : $"{Codes.Count} listed practices",
    };

    /// <summary>True when the practice belongs to the place (a listed practice is matched by code by the caller).</summary>
    public bool Contains(PracticeWeighting practice) => Kind switch
    {
        PlaceKind.Icb => practice.Codes.Icb == Codes[0],
        PlaceKind.LocalAuthorityDistrict => practice.Codes.Lad == Codes[0],
        PlaceKind.PrimaryCareNetwork => practice.Codes.Pcn == Codes[0],
        _ => Codes.Contains(practice.Code),
    };
}
