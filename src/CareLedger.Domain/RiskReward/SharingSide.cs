namespace CareLedger.Domain.RiskReward;

/// <summary>How one side of an item — gains (under-spend) or losses (over-spend) — is shared. Sides may differ.</summary>
/// <param name="Enabled">False when this side is not shared at all (e.g. a gain share only).</param>
public sealed record SharingSide(bool Enabled, BandUnit Unit, IReadOnlyList<SharingBand> Bands, IReadOnlyList<ParticipantCap> Caps);
