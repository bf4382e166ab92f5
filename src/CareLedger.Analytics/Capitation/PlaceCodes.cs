namespace CareLedger.Analytics.Capitation;

/// <summary>The areas a practice belongs to, as the file codes them; an empty code means the file does not say.</summary>
public sealed record PlaceCodes(string Icb, string IcbName, string Lad, string LadName, string Pcn, string PcnName);
